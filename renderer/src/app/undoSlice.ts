import type { DeviceDeletion, LineDeletion, MemberDeletion } from '../../../shared/api/contract';
import type { SliceCreator } from '../store/types';

/** How long the Undo button stays on screen after a deletion. */
export const UNDO_VISIBLE_MS = 10_000;

/** What was deleted, with the record the backend needs to put it back exactly. */
export type Deletion =
  | { kind: 'member'; name: string; record: MemberDeletion }
  | { kind: 'device'; name: string; record: DeviceDeletion }
  | { kind: 'line'; name: string; record: LineDeletion }
  | { kind: 'household'; name: string; householdId: string };

export interface UndoSlice {
  /** The last deletion; Ctrl/Cmd+Z still undoes it after the notice has gone. */
  lastDeletion: (Deletion & { id: number }) | null;
  undoNoticeVisible: boolean;
  offerUndo(deletion: Deletion): void;
  dismissUndoNotice(): void;
  forgetDeletion(): void;
  /** Restores the last deletion; failures go to the error notice. */
  undoLastDeletion(): Promise<void>;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;

export function cancelUndoTimer(): void {
  clearTimeout(timer);
  timer = undefined;
}

export const createUndoSlice: SliceCreator<UndoSlice> = (set, get) => ({
  lastDeletion: null,
  undoNoticeVisible: false,

  offerUndo: (deletion) => {
    const id = nextId++;
    cancelUndoTimer();
    set({ lastDeletion: { ...deletion, id }, undoNoticeVisible: true });
    timer = setTimeout(() => {
      if (get().lastDeletion?.id === id) set({ undoNoticeVisible: false });
    }, UNDO_VISIBLE_MS);
  },

  dismissUndoNotice: () => {
    cancelUndoTimer();
    set({ undoNoticeVisible: false });
  },

  forgetDeletion: () => {
    cancelUndoTimer();
    set({ lastDeletion: null, undoNoticeVisible: false });
  },

  undoLastDeletion: async () => {
    const deletion = get().lastDeletion;
    if (!deletion) return;
    get().forgetDeletion();
    try {
      switch (deletion.kind) {
        case 'member':
          await get().restoreMember(deletion.record);
          break;
        case 'device':
          await get().restoreDevice(deletion.record);
          break;
        case 'line':
          await get().restoreLine(deletion.record);
          break;
        case 'household':
          await get().restoreHousehold(deletion.householdId);
          break;
      }
    } catch (err) {
      get().reportError(err);
    }
  },
});
