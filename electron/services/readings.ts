/**
 * Usage readings of each line. Readings stay honest: one per line per date (a
 * second one replaces the first), never dated after today, at most
 * MAX_READING_GB, and within one cycle never going down as the dates go up.
 * Every change answers with what it replaced, so the renderer can undo it
 * exactly. Readings of earlier cycles are paged (`list`), so the page never
 * loads years of them at once.
 */
import type { ReadingChange, ReadingsRestore } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import type { Reading } from '@shared/domain/schemas';
import { fieldKey } from '@shared/domain/messages';
import type { CycleRule } from '@shared/engine/cycle';
import { readingOrderConflict } from '@shared/usage/readings';
import { inTransaction, type ReadDb } from '../store';
import {
  deleteReading,
  findReading,
  findReadingOn,
  insertReading,
  listReadingsOfLine,
  pageReadingsOfLine,
  updateReading,
} from '../store/repos/readings';
import { findPlan } from '../store/repos/plans';
import { invalidField, localToday, notFound, type ServiceContext } from './context';
import { requireHousehold, requireLineOfHousehold, requireRoomFor } from './references';

/** The household's cycle rule; without a plan a cycle is a calendar month. */
export function cycleRuleOf(db: ReadDb, householdId: string): CycleRule {
  return findPlan(db, householdId) ?? {};
}

export function outOfOrder(candidate: Omit<Reading, 'id'>, conflict: Reading): ApiError {
  return new ApiError(
    'READING_OUT_OF_ORDER',
    `A reading of ${candidate.usedGB} GB on ${candidate.date} does not fit the reading of ${conflict.usedGB} GB on ` +
      `${conflict.date} in the same cycle: a running total never goes down as the dates go up.`,
    undefined,
    { date: conflict.date, usedGB: conflict.usedGB, conflictId: conflict.id },
  );
}

export function createReadingService(ctx: ServiceContext) {
  const { db } = ctx;

  /** Refuses a reading dated after today or out of order with the line's other readings (`except` ids aside). */
  function checkReading(householdId: string, reading: Omit<Reading, 'id'>, except: readonly string[]): void {
    if (reading.date > localToday(ctx.now())) {
      throw invalidField('reading.date', fieldKey('futureReading'));
    }
    const others = listReadingsOfLine(db, reading.lineId).filter((r) => !except.includes(r.id));
    const clash = readingOrderConflict(cycleRuleOf(db, householdId), others, reading);
    if (clash) throw outOfOrder(reading, clash);
  }

  return {
    add(householdId: string, input: Omit<Reading, 'id'>): ReadingChange {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireLineOfHousehold(db, householdId, input.lineId, 'reading.lineId');
        const existing = findReadingOn(db, input.lineId, input.date);
        checkReading(householdId, input, existing ? [existing.id] : []);
        if (existing) {
          // The row keeps its id, so undo sets the old amount back on the same reading.
          updateReading(db, { ...input, id: existing.id });
          return { ...findReading(db, householdId, existing.id)!, previous: null, replaced: existing };
        }
        requireRoomFor(db, householdId, 'readings', 'reading');
        const id = ctx.newId();
        insertReading(db, { ...input, id });
        return { ...findReading(db, householdId, id)!, previous: null, replaced: null };
      });
    },

    update(householdId: string, id: string, input: Omit<Reading, 'id'>): ReadingChange {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const previous = findReading(db, householdId, id);
        if (!previous) throw notFound('reading', id);
        requireLineOfHousehold(db, householdId, input.lineId, 'reading.lineId');
        // Moving a reading onto a date that has one replaces that one, as adding does.
        const other = findReadingOn(db, input.lineId, input.date);
        const replaced = other && other.id !== id ? other : null;
        checkReading(householdId, input, replaced ? [id, replaced.id] : [id]);
        if (replaced) deleteReading(db, replaced.id);
        updateReading(db, { ...input, id });
        return { ...findReading(db, householdId, id)!, previous, replaced };
      });
    },

    delete(householdId: string, id: string): Reading {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const reading = findReading(db, householdId, id);
        if (!reading) throw notFound('reading', id);
        deleteReading(db, id);
        return reading;
      });
    },

    /**
     * Undo of a reading change: removes `removeIds`, then puts each reading
     * back with its id, date and amount (a reading now on that date gives
     * way). The result is checked like any reading, all in one transaction.
     */
    restore(householdId: string, restore: ReadingsRestore): Reading[] {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        for (const id of restore.removeIds) {
          if (findReading(db, householdId, id)) deleteReading(db, id);
        }
        restore.readings.forEach((r, i) => {
          requireLineOfHousehold(db, householdId, r.lineId, `readings[${i}].lineId`);
          const occupant = findReadingOn(db, r.lineId, r.date);
          if (occupant && occupant.id !== r.id) deleteReading(db, occupant.id);
          if (findReading(db, householdId, r.id)) updateReading(db, r);
          else insertReading(db, r);
        });
        const rule = cycleRuleOf(db, householdId);
        for (const r of restore.readings) {
          const others = listReadingsOfLine(db, r.lineId).filter((o) => o.id !== r.id);
          const clash = readingOrderConflict(rule, others, r);
          if (clash) throw outOfOrder(r, clash);
        }
        return restore.readings.map((r) => findReading(db, householdId, r.id)!);
      });
    },

    /** A page of one line's readings dated before `before`, newest first. */
    list(householdId: string, lineId: string, before: string, limit: number) {
      return db.transaction(() => {
        requireHousehold(db, householdId);
        requireLineOfHousehold(db, householdId, lineId, 'lineId');
        return pageReadingsOfLine(db, lineId, before, limit);
      })();
    },
  };
}

export type ReadingService = ReturnType<typeof createReadingService>;
