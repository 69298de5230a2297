/** What-ifs saved by name: a draft of the household's plan, lines and devices, kept per household. */
import type { HouseholdDraft, SavedWhatIf } from '@shared/planner/draft';
import { inTransaction } from '../store';
import { deleteWhatIf, findWhatIf, findWhatIfByName, listWhatIfs, upsertWhatIf } from '../store/repos/whatifs';
import type { ServiceContext } from './context';
import { requireHousehold, requireWhatIf } from './references';

export function createWhatIfService(ctx: ServiceContext) {
  const { db } = ctx;
  return {
    list(householdId: string): SavedWhatIf[] {
      requireHousehold(db, householdId);
      return listWhatIfs(db, householdId);
    },

    /** Saving under a name the household already uses replaces that what-if. */
    save(householdId: string, name: string, draft: HouseholdDraft): SavedWhatIf {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const existing = findWhatIfByName(db, householdId, name);
        const saved: SavedWhatIf = { id: existing?.id ?? ctx.newId(), name, draft, updatedAt: ctx.now().toISOString() };
        upsertWhatIf(db, householdId, saved);
        return findWhatIf(db, householdId, saved.id)!;
      });
    },

    delete(householdId: string, id: string): SavedWhatIf {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const saved = requireWhatIf(db, householdId, id);
        deleteWhatIf(db, id);
        return saved;
      });
    },
  };
}

export type WhatIfService = ReturnType<typeof createWhatIfService>;
