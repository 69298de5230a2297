/**
 * A device, line, reading or history entry may only name members and lines of
 * its own household. A reference that does not is a mistake in the input and
 * is reported as VALIDATION on the field that holds it.
 */
import { HOUSEHOLD_LIMITS, LIMIT_MESSAGES } from '@shared/domain/schemas';
import type { ReadDb } from '../store';
import { countInHousehold, type HouseholdCounted } from '../store/repos/counts';
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

/**
 * Refuses a write that would take the household past one of its limits, on
 * the field that adds to it. The same limits bound scenario files, so every
 * household the app holds exports to a file it can import back.
 */
export function requireRoomFor(
  db: ReadDb,
  householdId: string,
  what: HouseholdCounted,
  path: string,
  adding = 1,
): void {
  if (countInHousehold(db, what, householdId) + adding > HOUSEHOLD_LIMITS[what]) {
    throw invalidField(path, LIMIT_MESSAGES[what]);
  }
}
