/** Households, with a soft delete so that deleting one can be undone. */
import type { Household } from '@shared/domain/schemas';
import { prepared, type Db, type ReadDb } from '../db';

export interface HouseholdRow {
  id: string;
  name: string;
  created_at: string;
  deleted_at: string | null;
}

export function householdFromRow(row: HouseholdRow): Household {
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

/** Households that are not deleted, oldest first. */
export function listHouseholds(db: ReadDb): Household[] {
  return prepared<HouseholdRow>(db, 'SELECT * FROM households WHERE deleted_at IS NULL ORDER BY created_at, rowid')
    .all()
    .map(householdFromRow);
}

/** The household row whether deleted or not; undefined when there is none. */
export function findHouseholdRow(db: ReadDb, id: string): HouseholdRow | undefined {
  return prepared<HouseholdRow>(db, 'SELECT * FROM households WHERE id = ?').get(id);
}

export function insertHousehold(db: Db, household: Household): void {
  prepared(db, 'INSERT INTO households (id, name, created_at, deleted_at) VALUES (?, ?, ?, NULL)').run(
    household.id,
    household.name,
    household.createdAt,
  );
}

export function renameHousehold(db: Db, id: string, name: string): void {
  prepared(db, 'UPDATE households SET name = ? WHERE id = ?').run(name, id);
}

/** Sets or clears (`deletedAt` null) the soft-delete mark. */
export function markHouseholdDeleted(db: Db, id: string, deletedAt: string | null): void {
  prepared(db, 'UPDATE households SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

/** Removes for good the households soft-deleted before `cutoff` (an ISO instant); returns how many. */
export function purgeHouseholdsDeletedBefore(db: Db, cutoff: string): number {
  return prepared(db, 'DELETE FROM households WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff).changes;
}
