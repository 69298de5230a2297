/** Usage of complete past billing cycles, per line. */
import type { HistoryEntry } from '@shared/domain/schemas';
import { bytesToGB, gbToBytes } from '@shared/domain/units';
import { prepared, type Db, type ReadDb } from '../db';

export interface HistoryRow {
  id: string;
  line_id: string;
  cycle_start: string;
  used_bytes: number;
}

export function historyFromRow(row: HistoryRow): HistoryEntry {
  return { id: row.id, lineId: row.line_id, cycleStart: row.cycle_start, usedGB: bytesToGB(row.used_bytes) };
}

const ORDER = 'ORDER BY h.cycle_start, l.position, h.rowid';

export function listHistory(db: ReadDb, householdId: string): HistoryEntry[] {
  return prepared<HistoryRow>(
    db,
    `SELECT h.* FROM history h JOIN lines l ON l.id = h.line_id WHERE l.household_id = ? ${ORDER}`,
  )
    .all(householdId)
    .map(historyFromRow);
}

/** The household's history entries of cycles that started before `before`. */
export function listHistoryBefore(db: ReadDb, householdId: string, before: string): HistoryEntry[] {
  return prepared<HistoryRow>(
    db,
    `SELECT h.* FROM history h JOIN lines l ON l.id = h.line_id WHERE l.household_id = ? AND h.cycle_start < ? ${ORDER}`,
  )
    .all(householdId, before)
    .map(historyFromRow);
}

export function listHistoryOfLine(db: ReadDb, lineId: string): HistoryEntry[] {
  return prepared<HistoryRow>(db, 'SELECT * FROM history WHERE line_id = ? ORDER BY cycle_start, rowid')
    .all(lineId)
    .map(historyFromRow);
}

/** The entry if its line belongs to that household. */
export function findHistoryEntry(db: ReadDb, householdId: string, id: string): HistoryEntry | undefined {
  const row = prepared<HistoryRow>(
    db,
    'SELECT h.* FROM history h JOIN lines l ON l.id = h.line_id WHERE h.id = ? AND l.household_id = ?',
  ).get(id, householdId);
  return row ? historyFromRow(row) : undefined;
}

export function historyIdExists(db: ReadDb, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM history WHERE id = ?').get(id) !== undefined;
}

export function insertHistoryEntry(db: Db, entry: HistoryEntry): void {
  prepared(db, 'INSERT INTO history (id, line_id, cycle_start, used_bytes) VALUES (?, ?, ?, ?)').run(
    entry.id,
    entry.lineId,
    entry.cycleStart,
    gbToBytes(entry.usedGB),
  );
}

export function deleteHistoryEntry(db: Db, id: string): void {
  prepared(db, 'DELETE FROM history WHERE id = ?').run(id);
}
