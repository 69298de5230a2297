/** Lines (SIMs with a number) of a household's plan, in the order the user added them. */
import type { Line } from '@shared/domain/schemas';
import { bytesToGB, gbToBytes } from '@shared/domain/units';
import { prepared, type Db, type ReadDb } from '../db';

export interface LineRow {
  id: string;
  household_id: string;
  name: string;
  member_id: string | null;
  cap_bytes: number | null;
  floor_bytes: number;
  weight: number;
  data_bytes: number | null;
  premium_bytes: number | null;
  hotspot_bytes: number | null;
  tier: string | null;
  needs_premium: 0 | 1;
  position: number;
  number: string | null;
}

const nullableGB = (bytes: number | null) => (bytes === null ? null : bytesToGB(bytes));
const nullableBytes = (gb: number | null) => (gb === null ? null : gbToBytes(gb));

export function lineFromRow(row: LineRow): Line {
  return {
    id: row.id,
    name: row.name,
    memberId: row.member_id,
    capGB: nullableGB(row.cap_bytes),
    floorGB: bytesToGB(row.floor_bytes),
    weight: row.weight,
    dataGB: nullableGB(row.data_bytes),
    premiumGB: nullableGB(row.premium_bytes),
    hotspotGB: nullableGB(row.hotspot_bytes),
    tier: row.tier,
    needsPremium: row.needs_premium === 1,
    number: row.number,
  };
}

export function lineToRow(householdId: string, line: Line, position: number): LineRow {
  return {
    id: line.id,
    household_id: householdId,
    name: line.name,
    member_id: line.memberId,
    cap_bytes: nullableBytes(line.capGB),
    floor_bytes: gbToBytes(line.floorGB),
    weight: line.weight,
    data_bytes: nullableBytes(line.dataGB),
    premium_bytes: nullableBytes(line.premiumGB),
    hotspot_bytes: nullableBytes(line.hotspotGB),
    tier: line.tier,
    needs_premium: line.needsPremium ? 1 : 0,
    position,
    number: line.number,
  };
}

export function listLines(db: ReadDb, householdId: string): Line[] {
  return prepared<LineRow>(db, 'SELECT * FROM lines WHERE household_id = ? ORDER BY position')
    .all(householdId)
    .map(lineFromRow);
}

/** The line's row if it belongs to that household. */
export function findLineRow(db: ReadDb, householdId: string, id: string): LineRow | undefined {
  return prepared<LineRow>(db, 'SELECT * FROM lines WHERE id = ? AND household_id = ?').get(id, householdId);
}

export function lineIdExists(db: ReadDb, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM lines WHERE id = ?').get(id) !== undefined;
}

/** Ids of the household's lines that name this member. */
export function lineIdsOfMember(db: ReadDb, memberId: string): string[] {
  return prepared<{ id: string }>(db, 'SELECT id FROM lines WHERE member_id = ? ORDER BY position')
    .all(memberId)
    .map((r) => r.id);
}

export function insertLine(db: Db, householdId: string, line: Line, position: number): void {
  prepared(
    db,
    `INSERT INTO lines (id, household_id, name, member_id, cap_bytes, floor_bytes, weight, data_bytes,
       premium_bytes, hotspot_bytes, tier, needs_premium, position, number)
     VALUES (@id, @household_id, @name, @member_id, @cap_bytes, @floor_bytes, @weight, @data_bytes,
       @premium_bytes, @hotspot_bytes, @tier, @needs_premium, @position, @number)`,
  ).run(lineToRow(householdId, line, position));
}

export function updateLine(db: Db, householdId: string, line: Line): void {
  // The position is not in the statement: editing a line never moves it.
  prepared(
    db,
    `UPDATE lines SET name = @name, member_id = @member_id, cap_bytes = @cap_bytes, floor_bytes = @floor_bytes,
       weight = @weight, data_bytes = @data_bytes, premium_bytes = @premium_bytes,
       hotspot_bytes = @hotspot_bytes, tier = @tier, needs_premium = @needs_premium,
       number = @number
     WHERE id = @id AND household_id = @household_id`,
  ).run(lineToRow(householdId, line, 0));
}

/** Gives the line to a member (or to nobody with null). */
export function setLineMember(db: Db, lineId: string, memberId: string | null): void {
  prepared(db, 'UPDATE lines SET member_id = ? WHERE id = ?').run(memberId, lineId);
}

export function deleteLine(db: Db, id: string): void {
  prepared(db, 'DELETE FROM lines WHERE id = ?').run(id);
}
