/**
 * Finding what a call names. The thing a call acts on (the household, or the
 * member, line, device or saved what-if it changes) must exist, or the call
 * fails with NOT_FOUND. A member or line that the input only refers to (a device's
 * owner, its line) must be of the same household, or the input is wrong:
 * VALIDATION on the field that holds it.
 */
import { HOUSEHOLD_LIMITS, LIMIT_MESSAGES, type Device } from '@shared/domain/schemas';
import type { SavedWhatIf } from '@shared/planner/draft';
import type { ReadDb } from '../store';
import { countInHousehold, type HouseholdCounted } from '../store/repos/counts';
import { findDevice } from '../store/repos/devices';
import { findHouseholdRow, type HouseholdRow } from '../store/repos/households';
import { findLineRow, type LineRow } from '../store/repos/lines';
import { findMemberRow, type MemberRow } from '../store/repos/members';
import { findWhatIf } from '../store/repos/whatifs';
import { invalidField, notFound } from './context';

/** The household, which must exist and not be deleted. */
export function requireHousehold(db: ReadDb, householdId: string): HouseholdRow {
  const row = findHouseholdRow(db, householdId);
  if (!row || row.deleted_at !== null) throw notFound('household', householdId);
  return row;
}

export function requireMember(db: ReadDb, householdId: string, id: string): MemberRow {
  const row = findMemberRow(db, householdId, id);
  if (!row) throw notFound('member', id);
  return row;
}

export function requireLine(db: ReadDb, householdId: string, id: string): LineRow {
  const row = findLineRow(db, householdId, id);
  if (!row) throw notFound('line', id);
  return row;
}

export function requireDevice(db: ReadDb, householdId: string, id: string): Device {
  const device = findDevice(db, householdId, id);
  if (!device) throw notFound('device', id);
  return device;
}

export function requireWhatIf(db: ReadDb, householdId: string, id: string): SavedWhatIf {
  const saved = findWhatIf(db, householdId, id);
  if (!saved) throw notFound('what-if', id);
  return saved;
}

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
