/**
 * Households. Deleting one is a soft delete that `restore` undoes; deleted
 * households are hidden everywhere and purged for good a day later (at open).
 */
import type { Household, HouseholdSnapshot } from '@shared/domain/schemas';
import { inTransaction } from '../store';
import {
  findHouseholdRow,
  householdFromRow,
  insertHousehold,
  listHouseholds,
  markHouseholdDeleted,
  purgeHouseholdsDeletedBefore,
  renameHousehold,
} from '../store/repos/households';
import { listMembers } from '../store/repos/members';
import { listDevices } from '../store/repos/devices';
import { findPlan } from '../store/repos/plans';
import { listLines } from '../store/repos/lines';
import { countReadingsBefore, listReadings, listReadingsBetween, listReadingsSince } from '../store/repos/readings';
import { listHistory, listHistoryBefore } from '../store/repos/history';
import { readingWindow, recentHistory } from '@shared/scenario/household';
import { cycleContaining } from '@shared/engine/cycle';
import { localToday } from './usage';
import { notFound, requireHousehold, type ServiceContext } from './context';

/** A household with the readings asked for, and no paging fields. */
export type StoredHousehold = Omit<HouseholdSnapshot, 'readingsFrom' | 'olderReadings'>;

/** How long a deleted household can still be restored. */
export const HOUSEHOLD_UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

export function createHouseholdService(ctx: ServiceContext) {
  const { db } = ctx;
  return {
    list(): Household[] {
      return listHouseholds(db);
    },

    create(name: string): Household {
      const household: Household = { id: ctx.newId(), name, createdAt: ctx.now().toISOString() };
      insertHousehold(db, household);
      return household;
    },

    rename(householdId: string, name: string): Household {
      requireHousehold(db, householdId);
      renameHousehold(db, householdId, name);
      return householdFromRow(requireHousehold(db, householdId));
    },

    delete(householdId: string): { household: Household } {
      const row = requireHousehold(db, householdId);
      markHouseholdDeleted(db, householdId, ctx.now().toISOString());
      return { household: householdFromRow(row) };
    },

    restore(householdId: string): Household {
      const row = findHouseholdRow(db, householdId);
      if (!row) throw notFound('household', householdId);
      if (row.deleted_at !== null) markHouseholdDeleted(db, householdId, null);
      return householdFromRow(row);
    },

    /**
     * One household, read in one transaction so the parts agree: everything
     * but the readings of past cycles, which are counted and paged in on
     * request (`readings.list`).
     */
    get(householdId: string): HouseholdSnapshot {
      return db.transaction(() => {
        const row = requireHousehold(db, householdId);
        const plan = findPlan(db, householdId);
        // Without a plan a cycle is a calendar month, as for the reading rules.
        const readingsFrom = cycleContaining(plan ?? {}, localToday(ctx.now())).start;
        return {
          household: householdFromRow(row),
          members: listMembers(db, householdId),
          devices: listDevices(db, householdId),
          plan,
          lines: listLines(db, householdId),
          readings: listReadingsSince(db, householdId, readingsFrom),
          readingsFrom,
          olderReadings: countReadingsBefore(db, householdId, readingsFrom),
          history: listHistory(db, householdId),
        };
      })();
    },

    /** The whole household, every reading included: for scenario export and the CLI. */
    complete(householdId: string): StoredHousehold {
      return db.transaction(() => {
        const row = requireHousehold(db, householdId);
        return {
          household: householdFromRow(row),
          members: listMembers(db, householdId),
          devices: listDevices(db, householdId),
          plan: findPlan(db, householdId),
          lines: listLines(db, householdId),
          readings: listReadings(db, householdId),
          history: listHistory(db, householdId),
        };
      })();
    },

    /**
     * The household as the engine sees it on `asOf`: only the current cycle's
     * readings and the last three past cycles' history, so evaluating costs the
     * same after three years of daily readings as after one week.
     */
    forEngine(householdId: string, asOf: string): StoredHousehold {
      return db.transaction(() => {
        const row = requireHousehold(db, householdId);
        const plan = findPlan(db, householdId);
        const window = plan ? readingWindow(plan, asOf) : null;
        return {
          household: householdFromRow(row),
          members: listMembers(db, householdId),
          devices: listDevices(db, householdId),
          plan,
          lines: listLines(db, householdId),
          readings: window ? listReadingsBetween(db, householdId, window.from, window.to) : [],
          history: plan ? recentHistory(listHistoryBefore(db, householdId, window!.from), plan, asOf) : [],
        };
      })();
    },

    /** Removes households deleted longer ago than the undo window; returns how many. */
    purgeExpired(): number {
      const cutoff = new Date(ctx.now().getTime() - HOUSEHOLD_UNDO_WINDOW_MS).toISOString();
      return inTransaction(db, () => purgeHouseholdsDeletedBefore(db, cutoff));
    },
  };
}

export type HouseholdService = ReturnType<typeof createHouseholdService>;
