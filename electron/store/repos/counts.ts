/** How much one household holds, for the limits checked before every write that adds to it. */
import type { HOUSEHOLD_LIMITS } from '@shared/domain/schemas';
import { prepared, type ReadDb } from '../db';

export type HouseholdCounted = keyof typeof HOUSEHOLD_LIMITS;

const COUNT_SQL: Record<HouseholdCounted, string> = {
  lines: 'SELECT count(*) AS n FROM lines WHERE household_id = ?',
  devices: 'SELECT count(*) AS n FROM devices WHERE household_id = ?',
  readings: 'SELECT count(*) AS n FROM readings JOIN lines ON lines.id = readings.line_id WHERE lines.household_id = ?',
  history: 'SELECT count(*) AS n FROM history JOIN lines ON lines.id = history.line_id WHERE lines.household_id = ?',
};

export function countInHousehold(db: ReadDb, what: HouseholdCounted, householdId: string): number {
  return prepared<{ n: number }>(db, COUNT_SQL[what]).get(householdId)?.n ?? 0;
}
