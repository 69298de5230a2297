/**
 * Totals of past cycles, one per line per cycle: what the forecast learns
 * from. A cycle that ended with readings but no total can get its last
 * reading recorded as its total (`missingTotals` lists them).
 */
import type { HistoryEntry } from '@shared/domain/schemas';
import { cycleContaining } from '@shared/engine/cycle';
import { endedCyclesWithoutTotal, type CycleTotalOffer } from '@shared/usage/readings';
import { inTransaction } from '../store';
import { deleteHistoryEntry, findHistoryEntry, insertHistoryEntry, listHistory } from '../store/repos/history';
import { listReadingsBefore } from '../store/repos/readings';
import { localToday, notFound, type ServiceContext } from './context';
import { cycleRuleOf } from './readings';
import { requireHousehold, requireLineOfHousehold, requireRoomFor } from './references';

export function createHistoryService(ctx: ServiceContext) {
  const { db } = ctx;
  return {
    add(householdId: string, input: Omit<HistoryEntry, 'id'>): HistoryEntry {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireLineOfHousehold(db, householdId, input.lineId, 'entry.lineId');
        requireRoomFor(db, householdId, 'history', 'entry');
        const id = ctx.newId();
        insertHistoryEntry(db, { ...input, id });
        return findHistoryEntry(db, householdId, id)!;
      });
    },

    delete(householdId: string, id: string): HistoryEntry {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const entry = findHistoryEntry(db, householdId, id);
        if (!entry) throw notFound('history entry', id);
        deleteHistoryEntry(db, id);
        return entry;
      });
    },

    /** Reads the file and says what a commit would write; writes nothing. */

    /** Ended cycles with readings and no total, oldest first (only cycles before the current one can have ended). */
    missingTotals(householdId: string): CycleTotalOffer[] {
      return db.transaction(() => {
        requireHousehold(db, householdId);
        const rule = cycleRuleOf(db, householdId);
        const today = localToday(ctx.now());
        const before = cycleContaining(rule, today).start;
        return endedCyclesWithoutTotal(
          rule,
          listReadingsBefore(db, householdId, before),
          listHistory(db, householdId),
          today,
        );
      })();
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
