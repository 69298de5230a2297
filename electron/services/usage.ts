/** Usage readings of the current cycle and totals of past cycles, per line of the household. */
import type { HistoryEntry, Reading } from '../../shared/domain/schemas';
import { inTransaction } from '../store';
import { deleteReading, findReading, insertReading } from '../store/repos/readings';
import { deleteHistoryEntry, findHistoryEntry, insertHistoryEntry } from '../store/repos/history';
import { notFound, requireHousehold, type ServiceContext } from './context';
import { requireLineOfHousehold, requireRoomFor } from './references';

export function createUsageService(ctx: ServiceContext) {
  const { db } = ctx;
  return {
    addReading(householdId: string, input: Omit<Reading, 'id'>): Reading {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireLineOfHousehold(db, householdId, input.lineId, 'reading.lineId');
        requireRoomFor(db, householdId, 'readings', 'reading');
        const id = ctx.newId();
        insertReading(db, { ...input, id });
        return findReading(db, householdId, id)!;
      });
    },

    deleteReading(householdId: string, id: string): Reading {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const reading = findReading(db, householdId, id);
        if (!reading) throw notFound('reading', id);
        deleteReading(db, id);
        return reading;
      });
    },

    addHistory(householdId: string, input: Omit<HistoryEntry, 'id'>): HistoryEntry {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireLineOfHousehold(db, householdId, input.lineId, 'entry.lineId');
        requireRoomFor(db, householdId, 'history', 'entry');
        const id = ctx.newId();
        insertHistoryEntry(db, { ...input, id });
        return findHistoryEntry(db, householdId, id)!;
      });
    },

    deleteHistory(householdId: string, id: string): HistoryEntry {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const entry = findHistoryEntry(db, householdId, id);
        if (!entry) throw notFound('history entry', id);
        deleteHistoryEntry(db, id);
        return entry;
      });
    },
  };
}

export type UsageService = ReturnType<typeof createUsageService>;
