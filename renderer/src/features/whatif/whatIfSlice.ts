import { draftWithCatalogPlan } from '@shared/planner/catalogPlan';
import type { ApplyResult, HouseholdDraft, SavedWhatIf } from '@shared/planner/draft';
import { call } from '@renderer/api/client';
import type { SliceCreator } from '@renderer/store/types';
import { activeHouseholdId, editActiveHousehold } from '../household/householdSlice';

/** A what-if in progress: a copy of one household's plan, lines and devices. */
export interface WhatIf {
  householdId: string;
  draft: HouseholdDraft;
  /** The saved what-if it was opened from, if any. */
  savedName: string | null;
}

export interface WhatIfSlice {
  whatIf: WhatIf | null;
  savedWhatIfs: SavedWhatIf[];
  savedWhatIfsHouseholdId: string | null;
  /** Starts a what-if as a copy of the loaded household (replacing one in progress). */
  startWhatIf(): void;
  /**
   * Starts a what-if as a copy of the loaded household with a catalog plan in
   * place of its own, each line on the tier `tiers` names for it (as Compare
   * chose them). False when the catalog (loaded beforehand) has no such plan.
   */
  startWhatIfWithPlan(carrierId: string, planName: string, tiers: Record<string, string> | null): boolean;
  /** Changes the what-if; the page recomputes from it at once. */
  editWhatIf(change: (draft: HouseholdDraft) => HouseholdDraft): void;
  /** Leaves the household untouched. */
  discardWhatIf(): void;
  /** Writes the what-if in one call, undoable as one step. Throws ApiError (for the page). */
  applyWhatIf(): Promise<void>;
  loadSavedWhatIfs(): Promise<void>;
  /** Throws ApiError (for the form). */
  saveWhatIf(name: string): Promise<SavedWhatIf>;
  openSavedWhatIf(saved: SavedWhatIf): void;
  deleteSavedWhatIf(id: string): Promise<void>;
}

export const createWhatIfSlice: SliceCreator<WhatIfSlice> = (set, get) => ({
  whatIf: null,
  savedWhatIfs: [],
  savedWhatIfsHouseholdId: null,

  startWhatIf: () => {
    const s = get();
    if (!s.loadedHouseholdId) return;
    set({
      whatIf: {
        householdId: s.loadedHouseholdId,
        draft: { plan: s.plan, lines: s.lines, devices: s.devices },
        savedName: null,
      },
    });
  },

  startWhatIfWithPlan: (carrierId, planName, tiers) => {
    const s = get();
    const carrier = s.catalog.find((e) => e.carrier.id === carrierId)?.carrier;
    const plan = carrier ? Object.values(carrier.plans).find((p) => p.name === planName) : undefined;
    if (!s.loadedHouseholdId || !carrier || !plan) return false;
    const copy: HouseholdDraft = { plan: s.plan, lines: s.lines, devices: s.devices };
    set({
      whatIf: {
        householdId: s.loadedHouseholdId,
        draft: draftWithCatalogPlan(copy, carrier, plan, (lineId) => tiers?.[lineId] ?? null),
        savedName: null,
      },
    });
    return true;
  },

  editWhatIf: (change) => {
    const current = get().whatIf;
    if (current) set({ whatIf: { ...current, draft: change(current.draft) } });
  },

  discardWhatIf: () => set({ whatIf: null }),

  applyWhatIf: async () => {
    const current = get().whatIf;
    if (!current || current.householdId !== get().loadedHouseholdId) return;
    const name = get().households.find((h) => h.id === current.householdId)?.name ?? '';
    /**
     * Puts what `households.apply` answered in the store. A line that is gone
     * (removed by the what-if, or added by it and now undone) takes its usage with it.
     */
    const applied = (result: ApplyResult) => {
      const kept = new Set(result.lines.map((l) => l.id));
      set({
        plan: result.plan,
        lines: result.lines,
        devices: result.devices,
        readings: get().readings.filter((r) => kept.has(r.lineId)),
        history: get().history.filter((h) => kept.has(h.lineId)),
      });
    };
    await editActiveHousehold(
      get,
      (householdId) => call('households.apply', { householdId, draft: current.draft }),
      (result) => {
        applied(result);
        set({ whatIf: null });
        get().pushUndo({
          householdId: current.householdId,
          message: { key: 'changed.whatIfApplied', values: { name } },
          revert: async () => {
            await editActiveHousehold(
              get,
              (householdId) => call('households.apply', { householdId, draft: result.undo }),
              applied,
            );
            // Lines it removed are back with their usage, which only a fresh read brings.
            if ((result.undo.restoreLines?.length ?? 0) > 0) await get().reloadHousehold();
          },
        });
      },
    );
  },

  loadSavedWhatIfs: async () => {
    const householdId = get().loadedHouseholdId;
    if (!householdId) return;
    try {
      const list = await call('whatifs.list', { householdId });
      if (get().loadedHouseholdId === householdId) set({ savedWhatIfs: list, savedWhatIfsHouseholdId: householdId });
    } catch (err) {
      get().reportError(err);
    }
  },

  saveWhatIf: async (name) => {
    const current = get().whatIf;
    const householdId = activeHouseholdId(get);
    const saved = await call('whatifs.save', {
      householdId,
      name,
      draft: current?.draft ?? { plan: null, lines: [], devices: [] },
    });
    const others = get().savedWhatIfs.filter((w) => w.id !== saved.id);
    set({
      savedWhatIfs: [...others, saved].sort((a, b) => a.name.localeCompare(b.name)),
      whatIf: current ? { ...current, savedName: saved.name } : current,
    });
    return saved;
  },

  openSavedWhatIf: (saved) => {
    const s = get();
    if (!s.loadedHouseholdId) return;
    // A removal saved earlier of a line or device deleted since has nothing left to remove.
    const lineIds = new Set(s.lines.map((l) => l.id));
    const deviceIds = new Set(s.devices.map((d) => d.id));
    const draft: HouseholdDraft = {
      ...saved.draft,
      removeLineIds: saved.draft.removeLineIds?.filter((id) => lineIds.has(id)),
      removeDeviceIds: saved.draft.removeDeviceIds?.filter((id) => deviceIds.has(id)),
    };
    set({ whatIf: { householdId: s.loadedHouseholdId, draft, savedName: saved.name } });
  },

  deleteSavedWhatIf: async (id) => {
    try {
      const householdId = activeHouseholdId(get);
      await call('whatifs.delete', { householdId, id });
      set({ savedWhatIfs: get().savedWhatIfs.filter((w) => w.id !== id) });
    } catch (err) {
      get().reportError(err);
    }
  },
});
