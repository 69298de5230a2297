/**
 * A device, line, reading or history entry may only name members and lines of
 * its own household. A reference that does not is a mistake in the input and
 * is reported as VALIDATION on the field that holds it.
 */
import type { ReadDb } from '../store';
import { findLineRow } from '../store/repos/lines';
import { findMemberRow } from '../store/repos/members';
import { invalidField } from './context';

export function requireLineOfHousehold(db: ReadDb, householdId: string, lineId: string, path: string): void {
  if (!findLineRow(db, householdId, lineId)) {
    throw invalidField(path, `no line with id "${lineId}" in this household`);
  }
}

export function requireMemberOfHousehold(db: ReadDb, householdId: string, memberId: string, path: string): void {
  if (!findMemberRow(db, householdId, memberId)) {
    throw invalidField(path, `no member with id "${memberId}" in this household`);
  }
}
