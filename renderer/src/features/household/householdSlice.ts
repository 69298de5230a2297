import type { DeviceDeletion, MemberDeletion } from '../../../../shared/api/contract';
import { ApiError } from '../../../../shared/api/errors';
import type {
  Device,
  DeviceInput,
  HistoryEntry,
  Member,
  MemberInput,
  Reading,
} from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import type { Deletion } from '../../app/undoSlice';
import type { GetState, SliceCreator } from '../../store/types';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface HouseholdSlice {
  /** The household whose data is loaded below. */
  loadedHouseholdId: string | null;
  householdStatus: LoadStatus;
  members: Member[];
  devices: Device[];
  readings: Reading[];
  history: HistoryEntry[];
  /** Loads everything of one household (members, devices, plan, lines, usage) in one call. */
  loadHousehold(id: string): Promise<void>;
  clearHousehold(): void;
  /** Reloads the active household after a change; deletions can touch several tables. */
  reloadHousehold(): Promise<void>;
  /** Throws ApiError (for the form). */
  createMember(member: MemberInput): Promise<Member>;
  /** Throws ApiError (for the form). */
  updateMember(member: Member): Promise<Member>;
  /** Deletes and offers Undo; failures go to the error notice. */
  deleteMember(id: string): Promise<void>;
  restoreMember(record: MemberDeletion): Promise<void>;
  /** Throws ApiError (for the form). */
  createDevice(device: DeviceInput): Promise<Device>;
  /** Throws ApiError (for the form). */
  updateDevice(id: string, device: DeviceInput): Promise<Device>;
  deleteDevice(id: string): Promise<void>;
  restoreDevice(record: DeviceDeletion): Promise<void>;
}

/** The active household's id, or a NOT_FOUND error a form can show. */
export function activeHouseholdId(get: GetState): string {
  const id = get().activeHouseholdId;
  if (!id) throw new ApiError('NOT_FOUND', 'No household is selected.');
  return id;
}

/**
 * Makes one change to the active household, then reloads it: a change can
 * touch several tables. Throws ApiError (for the form that asked).
 */
export async function changeActiveHousehold<T>(get: GetState, change: (householdId: string) => Promise<T>): Promise<T> {
  const result = await change(activeHouseholdId(get));
  await get().reloadHousehold();
  return result;
}

/** Deletes from the active household and offers Undo; a failure goes to the error notice. */
export async function deleteOfferingUndo(get: GetState, remove: (householdId: string) => Promise<Deletion>) {
  try {
    get().offerUndo(await changeActiveHousehold(get, remove));
  } catch (err) {
    get().reportError(err);
  }
}

export const createHouseholdSlice: SliceCreator<HouseholdSlice> = (set, get) => ({
  loadedHouseholdId: null,
  householdStatus: 'idle',
  members: [],
  devices: [],
  readings: [],
  history: [],

  loadHousehold: async (id) => {
    if (get().loadedHouseholdId !== id) set({ householdStatus: 'loading' });
    try {
      const snapshot = await call('household.get', { householdId: id });
      // A slower load of a household the user has already left must not overwrite the current one.
      if (get().activeHouseholdId !== id) return;
      set({
        loadedHouseholdId: id,
        householdStatus: 'ready',
        members: snapshot.members,
        devices: snapshot.devices,
        readings: snapshot.readings,
        history: snapshot.history,
        plan: snapshot.plan,
        lines: snapshot.lines,
      });
    } catch (err) {
      if (get().activeHouseholdId === id) set({ householdStatus: 'failed' });
      throw err;
    }
  },

  clearHousehold: () =>
    set({
      loadedHouseholdId: null,
      householdStatus: 'idle',
      members: [],
      devices: [],
      readings: [],
      history: [],
      plan: null,
      lines: [],
    }),

  reloadHousehold: async () => {
    const id = get().activeHouseholdId;
    if (id) await get().loadHousehold(id);
  },

  createMember: (member) =>
    changeActiveHousehold(get, (householdId) => call('members.create', { householdId, member })),

  updateMember: (member) =>
    changeActiveHousehold(get, (householdId) => call('members.update', { householdId, member })),

  deleteMember: (id) => {
    const name = get().members.find((m) => m.id === id)?.name ?? '';
    return deleteOfferingUndo(get, async (householdId) => ({
      kind: 'member',
      name,
      record: await call('members.delete', { householdId, id }),
    }));
  },

  restoreMember: async (record) => {
    await call('members.restore', record);
    await get().reloadHousehold();
  },

  createDevice: (device) =>
    changeActiveHousehold(get, (householdId) => call('devices.create', { householdId, device })),

  updateDevice: (id, device) =>
    changeActiveHousehold(get, (householdId) => call('devices.update', { householdId, id, device })),

  deleteDevice: (id) => {
    const name = get().devices.find((d) => d.id === id)?.name ?? '';
    return deleteOfferingUndo(get, async (householdId) => ({
      kind: 'device',
      name,
      record: await call('devices.delete', { householdId, id }),
    }));
  },

  restoreDevice: async (record) => {
    await call('devices.restore', record);
    await get().reloadHousehold();
  },
});
