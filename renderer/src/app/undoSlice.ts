import type { MessageResources } from '@shared/i18n';
import { restoreEntity, type EntityDeletion } from '../store/entityDeletion';
import type { SliceCreator } from '../store/types';

/** How long the Undo notice stays on screen after a change. */
export const UNDO_VISIBLE_MS = 10_000;
/** How many steps back Undo can go. */
export const UNDO_DEPTH = 50;

/** What was deleted, with the record the backend needs to put it back exactly. */
export type Deletion = EntityDeletion | { kind: 'household'; name: string; householdId: string };

/** The notice's text: a key of the `common` namespace under `undo.` and its values. */
export interface UndoMessage {
  key: `deleted.${Deletion['kind']}` | `changed.${keyof MessageResources['common']['undo']['changed']}`;
  /** Raw values; the notice formats amounts and dates in the language shown. */
  values: UndoValues;
}

/** What a notice names: amounts in GB, dates as ISO days, counts as numbers. */
export interface UndoValues {
  name: string;
  usedGB?: number;
  oldGB?: number;
  date?: string;
  added?: number;
  replaced?: number;
}

/** One step of the undo stack: what it says, whose data it touched, and how to take it back. */
export interface UndoEntry {
  id: number;
  /** The household changed; null for changes of the list of households itself. */
  householdId: string | null;
  message: UndoMessage;
  revert(): Promise<void>;
}

export interface UndoSlice {
  /** Every change the user can still take back, newest last; one stack for all edits. */
  undoStack: UndoEntry[];
  undoNoticeVisible: boolean;
  /** Records a change that can be undone and shows the notice. */
  pushUndo(entry: Omit<UndoEntry, 'id'>): void;
  /** A deletion, as a step of the stack. */
  offerUndo(deletion: Deletion): void;
  dismissUndoNotice(): void;
  /** Drops the steps about households other than `householdId` (Ctrl+Z never changes one out of sight). */
  forgetUndoOutside(householdId: string | null): void;
  /** Takes back the newest step; failures go to the error notice. */
  undoLast(): Promise<void>;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;

export function cancelUndoTimer(): void {
  clearTimeout(timer);
  timer = undefined;
}

export const createUndoSlice: SliceCreator<UndoSlice> = (set, get) => ({
  undoStack: [],
  undoNoticeVisible: false,

  pushUndo: (entry) => {
    const id = nextId++;
    cancelUndoTimer();
    set((s) => ({ undoStack: [...s.undoStack, { ...entry, id }].slice(-UNDO_DEPTH), undoNoticeVisible: true }));
    timer = setTimeout(() => {
      if (get().undoStack.at(-1)?.id === id) set({ undoNoticeVisible: false });
    }, UNDO_VISIBLE_MS);
  },

  offerUndo: (deletion) => {
    const householdId = deletion.kind === 'household' ? null : deletion.record.householdId;
    get().pushUndo({
      householdId,
      message: { key: `deleted.${deletion.kind}`, values: { name: deletion.name } },
      revert: () =>
        deletion.kind === 'household'
          ? get().restoreHousehold(deletion.householdId)
          : restoreEntity(get, set, deletion),
    });
  },

  dismissUndoNotice: () => {
    cancelUndoTimer();
    set({ undoNoticeVisible: false });
  },

  forgetUndoOutside: (householdId) => {
    const kept = get().undoStack.filter((e) => e.householdId === null || e.householdId === householdId);
    if (kept.length !== get().undoStack.length) {
      cancelUndoTimer();
      set({ undoStack: kept, undoNoticeVisible: false });
    }
  },

  undoLast: async () => {
    const entry = get().undoStack.at(-1);
    if (!entry) return;
    cancelUndoTimer();
    set((s) => ({ undoStack: s.undoStack.slice(0, -1), undoNoticeVisible: false }));
    try {
      await entry.revert();
    } catch (err) {
      get().reportError(err);
    }
  },
});
