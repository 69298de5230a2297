/**
 * List order of members, devices and lines. Positions only grow; a deleted
 * item's position is remembered so that undo puts it back where it was.
 */
import { prepared, type Db, type ReadDb } from '../db';

export type OrderedKind = 'member' | 'device' | 'line';

const TABLE: Record<OrderedKind, string> = { member: 'members', device: 'devices', line: 'lines' };

/** The position after every item of that kind in the household, deleted ones included. */
export function nextPosition(db: ReadDb, kind: OrderedKind, householdId: string): number {
  const live = prepared<{ p: number | null }>(
    db,
    `SELECT max(position) AS p FROM ${TABLE[kind]} WHERE household_id = ?`,
  ).get(householdId)?.p;
  const gone = prepared<{ p: number | null }>(
    db,
    'SELECT max(position) AS p FROM deleted_positions WHERE kind = ? AND household_id = ?',
  ).get(kind, householdId)?.p;
  return Math.max(live ?? -1, gone ?? -1) + 1;
}

export function rememberDeletedPosition(
  db: Db,
  kind: OrderedKind,
  id: string,
  householdId: string,
  position: number,
): void {
  prepared(
    db,
    `INSERT INTO deleted_positions (kind, id, household_id, position) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET household_id = excluded.household_id, position = excluded.position`,
  ).run(kind, id, householdId, position);
}

/** Where a restored item goes: its remembered place, else the end of its list. */
export function restoredPosition(db: Db, kind: OrderedKind, id: string, householdId: string): number {
  return takeDeletedPosition(db, kind, id, householdId) ?? nextPosition(db, kind, householdId);
}

/** Takes back the remembered position of a deleted item (undefined when unknown). */
export function takeDeletedPosition(db: Db, kind: OrderedKind, id: string, householdId: string): number | undefined {
  const row = prepared<{ position: number }>(
    db,
    'SELECT position FROM deleted_positions WHERE kind = ? AND id = ? AND household_id = ?',
  ).get(kind, id, householdId);
  prepared(db, 'DELETE FROM deleted_positions WHERE kind = ? AND id = ?').run(kind, id);
  return row?.position;
}
