/**
 * Households. Deleting one is a soft delete that `restore` undoes; deleted
 * households are hidden everywhere and purged for good a day later (at open).
 * `apply` writes a what-if's plan, lines and devices to the household.
 */
import type { Household, HouseholdSnapshot } from '@shared/domain/schemas';
import type { ApplyResult, HouseholdDraft } from '@shared/planner/draft';
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
import { findDevice, listDevices } from '../store/repos/devices';
import { deletePlan, findPlan, upsertPlan } from '../store/repos/plans';
import { findLineRow, lineFromRow, listLines } from '../store/repos/lines';
import { countReadingsBefore, listReadings, listReadingsBetween, listReadingsSince } from '../store/repos/readings';
import { listHistory, listHistoryBefore } from '../store/repos/history';
import { readingWindow, recentHistory } from '@shared/scenario/household';
import { cycleContaining } from '@shared/engine/cycle';
import { localToday } from './context';
import { invalidField, notFound, type ServiceContext } from './context';
import type { DeviceService } from './devices';
import type { LineService } from './lines';
import { requireHousehold } from './references';

/** A household with the readings asked for, and no paging fields. */
export type StoredHousehold = Omit<HouseholdSnapshot, 'readingsFrom' | 'olderReadings'>;

/** How long a deleted household can still be restored. */
export const HOUSEHOLD_UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

export function createHouseholdService(ctx: ServiceContext, lines: LineService, devices: DeviceService) {
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

    /**
     * Writes the draft's plan, lines and devices: known ids are updated,
     * unknown ones created (devices may name a new line by its draft id),
     * listed removals deleted (their deletion records go into the undo, so
     * undoing restores them with their ids and usage). Everything or
     * nothing; the answer carries the draft that reverses it.
     */
    apply(householdId: string, draft: HouseholdDraft): ApplyResult {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const planBefore = findPlan(db, householdId);
        const undo: HouseholdDraft = {
          plan: planBefore,
          lines: [],
          devices: [],
          removeLineIds: [],
          removeDeviceIds: [],
          restoreLines: [],
          restoreDevices: [],
        };

        [...(draft.restoreLines ?? []), ...(draft.restoreDevices ?? [])].forEach((d, i) => {
          if (d.householdId !== householdId) throw invalidField(`draft.restore[${i}].householdId`, 'another household');
        });
        // Restored first, so the lines and devices below may name them again.
        for (const deletion of draft.restoreLines ?? []) undo.removeLineIds!.push(lines.restore(deletion).id);
        for (const deletion of draft.restoreDevices ?? []) undo.removeDeviceIds!.push(devices.restore(deletion).id);

        if (draft.plan) upsertPlan(db, householdId, draft.plan);
        else if (planBefore) deletePlan(db, householdId);

        const lineIdOf = new Map<string, string>();
        draft.lines.forEach((line, i) => {
          const row = findLineRow(db, householdId, line.id);
          if (row) {
            undo.lines.push(lineFromRow(row));
            lines.update(householdId, line);
            lineIdOf.set(line.id, line.id);
          } else {
            const { id: draftId, ...input } = line;
            if (lineIdOf.has(draftId)) throw invalidField(`draft.lines[${i}].id`, 'another line has this id');
            const created = lines.create(householdId, input);
            lineIdOf.set(draftId, created.id);
            undo.removeLineIds!.push(created.id);
          }
        });
        const lineId = (id: string) => lineIdOf.get(id) ?? id;

        for (const device of draft.devices) {
          const input = {
            name: device.name,
            kind: device.kind,
            ownerId: device.ownerId,
            sim: device.sim,
            lineId: device.lineId === null ? null : lineId(device.lineId),
            monthlyGB: device.monthlyGB,
            hotspotFrom: device.hotspotFrom.map(lineId),
          };
          const before = findDevice(db, householdId, device.id);
          if (before) {
            undo.devices.push(before);
            devices.update(householdId, device.id, input);
          } else {
            undo.removeDeviceIds!.push(devices.create(householdId, input).id);
          }
        }
        for (const id of draft.removeDeviceIds ?? []) undo.restoreDevices!.push(devices.delete(householdId, id));
        for (const id of draft.removeLineIds ?? []) undo.restoreLines!.push(lines.delete(householdId, id));

        return {
          plan: findPlan(db, householdId),
          lines: listLines(db, householdId),
          devices: listDevices(db, householdId),
          undo,
        };
      });
    },

    /** Removes households deleted longer ago than the undo window; returns how many. */
    purgeExpired(): number {
      const cutoff = new Date(ctx.now().getTime() - HOUSEHOLD_UNDO_WINDOW_MS).toISOString();
      return inTransaction(db, () => purgeHouseholdsDeletedBefore(db, cutoff));
    },
  };
}

export type HouseholdService = ReturnType<typeof createHouseholdService>;
