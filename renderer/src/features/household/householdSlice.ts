import { ApiError } from '@shared/api/errors';
import type { Device, DeviceInput, HistoryEntry, Member, MemberInput, Reading } from '@shared/domain/schemas';
import { call } from '@renderer/api/client';
import { deleteEntity, deleteEntityQuietly } from '@renderer/store/entityDeletion';
import type { GetState, SliceCreator } from '@renderer/store/types';

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
  /** Reads the active household again (after a restore, which puts back links in several tables). */
  reloadHousehold(): Promise<void>;
  /** Throws ApiError (for the form). */
  createMember(member: MemberInput): Promise<Member>;
  /** Throws ApiError (for the form). */
  updateMember(member: Member): Promise<Member>;
  /** Deletes and offers Undo; failures go to the error notice. */
  deleteMember(id: string): Promise<void>;
  /** Deletes without offering Undo (undoing an "add member"). */
  deleteMemberQuietly(id: string): Promise<void>;
  /** Throws ApiError (for the form). */
  createDevice(device: DeviceInput): Promise<Device>;
  /** Throws ApiError (for the form). */
  updateDevice(id: string, device: DeviceInput): Promise<Device>;
  deleteDevice(id: string): Promise<void>;
}

/** The active household's id, or a NOT_FOUND error a form can show. */
export function activeHouseholdId(get: GetState): string {
  const id = get().activeHouseholdId;
  if (!id) throw new ApiError('NOT_FOUND', 'No household is selected.');
  return id;
}

/**
 * Makes one change to the active household and applies what the API answered
 * to the store (no reload: the cost of an edit must not grow with the
 * household's history). Throws ApiError (for the form that asked).
 */
export async function editActiveHousehold<T>(
  get: GetState,
  change: (householdId: string) => Promise<T>,
  apply: (result: T) => void = () => undefined,
): Promise<T> {
  const householdId = activeHouseholdId(get);
  const result = await change(householdId);
  // An answer for a household the user has left since must not land in the one shown now.
  if (get().loadedHouseholdId === householdId) apply(result);
  return result;
}

/** Replaces the entity with the same id, or appends it. */
export function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

export const createHouseholdSlice: SliceCreator<HouseholdSlice> = (set, get) => {
  /** A member is gone: the devices and lines that named it name nobody. */
  const applyMemberGone = (id: string) =>
    set({
      members: get().members.filter((m) => m.id !== id),
      devices: get().devices.map((d) => (d.ownerId === id ? { ...d, ownerId: null } : d)),
      lines: get().lines.map((l) => (l.memberId === id ? { ...l, memberId: null } : l)),
    });
  const applyDeviceGone = (id: string) => set({ devices: get().devices.filter((d) => d.id !== id) });

  return {
    loadedHouseholdId: null,
    householdStatus: 'idle',
    members: [],
    devices: [],
    readings: [],
    history: [],

    loadHousehold: async (id) => {
      if (get().loadedHouseholdId !== id) set({ householdStatus: 'loading' });
      try {
        // The household and its ended cycles without a total are read side by side, not one after the other.
        const [snapshot, missingTotals] = await Promise.all([
          call('households.get', { householdId: id }),
          call('history.missingTotals', { householdId: id }),
        ]);
        // A slower load of a household the user has already left must not overwrite the current one.
        if (get().activeHouseholdId !== id) return;
        set({
          readingsFrom: snapshot.readingsFrom,
          olderReadings: Object.fromEntries(
            Object.entries(snapshot.olderReadings).map(([lineId, remaining]) => [lineId, { items: [], remaining }]),
          ),
          missingTotals,
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
        readingsFrom: null,
        olderReadings: {},
        missingTotals: [],
        history: [],
        plan: null,
        lines: [],
      }),

    reloadHousehold: async () => {
      const id = get().activeHouseholdId;
      if (id) await get().loadHousehold(id);
    },

    createMember: (member) =>
      editActiveHousehold(
        get,
        (householdId) => call('members.create', { householdId, member }),
        (created) => {
          set({ members: [...get().members, created] });
          get().pushUndo({
            householdId: get().loadedHouseholdId,
            message: { key: 'changed.memberCreated', values: { name: created.name } },
            revert: () => get().deleteMemberQuietly(created.id),
          });
        },
      ),

    updateMember: (member) => {
      const before = get().members.find((m) => m.id === member.id);
      return editActiveHousehold(
        get,
        (householdId) => call('members.update', { householdId, member }),
        (saved) => {
          set({ members: upsert(get().members, saved) });
          if (before) {
            get().pushUndo({
              householdId: get().loadedHouseholdId,
              message: { key: 'changed.memberUpdated', values: { name: saved.name } },
              revert: async () => {
                const householdId = activeHouseholdId(get);
                const reverted = await call('members.update', { householdId, member: before });
                set({ members: upsert(get().members, reverted) });
              },
            });
          }
        },
      );
    },

    deleteMember: (id) => deleteEntity(get, 'member', id, () => applyMemberGone(id)),

    deleteMemberQuietly: (id) => deleteEntityQuietly(get, 'member', id, () => applyMemberGone(id)),

    createDevice: (device) =>
      editActiveHousehold(
        get,
        (householdId) => call('devices.create', { householdId, device }),
        (created) => {
          set({ devices: [...get().devices, created] });
          get().pushUndo({
            householdId: get().loadedHouseholdId,
            message: { key: 'changed.deviceCreated', values: { name: created.name } },
            revert: () => deleteEntityQuietly(get, 'device', created.id, () => applyDeviceGone(created.id)),
          });
        },
      ),

    updateDevice: (id, device) => {
      const before = get().devices.find((d) => d.id === id);
      return editActiveHousehold(
        get,
        (householdId) => call('devices.update', { householdId, id, device }),
        (saved) => {
          set({ devices: upsert(get().devices, saved) });
          if (before) {
            const { id: _id, ...input } = before;
            get().pushUndo({
              householdId: get().loadedHouseholdId,
              message: { key: 'changed.deviceUpdated', values: { name: saved.name } },
              revert: async () => {
                await editActiveHousehold(
                  get,
                  (householdId) => call('devices.update', { householdId, id, device: input }),
                  (reverted) => set({ devices: upsert(get().devices, reverted) }),
                );
              },
            });
          }
        },
      );
    },

    deleteDevice: (id) => deleteEntity(get, 'device', id, () => applyDeviceGone(id)),
  };
};
