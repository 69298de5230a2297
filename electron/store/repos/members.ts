/** Members of a household (people; devices and lines may name their owner). */
import type { Member } from '@shared/domain/schemas';
import { prepared, type Db, type ReadDb } from '../db';

export interface MemberRow {
  id: string;
  household_id: string;
  name: string;
  role: Member['role'];
  position: number;
}

export function memberFromRow(row: MemberRow): Member {
  return { id: row.id, name: row.name, role: row.role };
}

export function listMembers(db: ReadDb, householdId: string): Member[] {
  return prepared<MemberRow>(db, 'SELECT * FROM members WHERE household_id = ? ORDER BY position')
    .all(householdId)
    .map(memberFromRow);
}

/** The member's row if it belongs to that household. */
export function findMemberRow(db: ReadDb, householdId: string, id: string): MemberRow | undefined {
  return prepared<MemberRow>(db, 'SELECT * FROM members WHERE id = ? AND household_id = ?').get(id, householdId);
}

export function memberIdExists(db: ReadDb, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM members WHERE id = ?').get(id) !== undefined;
}

export function insertMember(db: Db, householdId: string, member: Member, position: number): void {
  prepared(db, 'INSERT INTO members (id, household_id, name, role, position) VALUES (?, ?, ?, ?, ?)').run(
    member.id,
    householdId,
    member.name,
    member.role,
    position,
  );
}

export function updateMember(db: Db, member: Member): void {
  prepared(db, 'UPDATE members SET name = ?, role = ? WHERE id = ?').run(member.name, member.role, member.id);
}

export function deleteMember(db: Db, id: string): void {
  prepared(db, 'DELETE FROM members WHERE id = ?').run(id);
}
