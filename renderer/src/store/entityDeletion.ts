import type { DeviceDeletion, LineDeletion, MemberDeletion } from '@shared/api/contract';
import type { Device, Line, Member } from '@shared/domain/schemas';
import { call } from '@renderer/api/client';
import type { Deletion } from '@renderer/app/undoSlice';
import { editActiveHousehold, upsert } from '@renderer/features/household/householdSlice';
import type { AppState, GetState, SliceCreator } from './types';

/** Per kind of household entity: what the backend answers a delete with, and a restore with. */
interface Kinds {
  member: { record: MemberDeletion; entity: Member };
  device: { record: DeviceDeletion; entity: Device };
  line: { record: LineDeletion; entity: Line };
}
export type EntityKind = keyof Kinds;

/** A deleted member, device or line, with the record the backend needs to put it back exactly. */
export type EntityDeletion = { [K in EntityKind]: { kind: K; name: string; record: Kinds[K]['record'] } }[EntityKind];

type SetState = Parameters<SliceCreator<unknown>>[0];

interface KindApi<K extends EntityKind> {
  list(state: AppState): readonly Kinds[K]['entity'][];
  remove(householdId: string, id: string): Promise<Kinds[K]['record']>;
  restore(record: Kinds[K]['record']): Promise<Kinds[K]['entity']>;
  /**
   * Puts the restored entity into the store. Without it the household is read
   * again: a restore that puts back links in several tables is rare, so it
   * need not be patched in by hand.
   */
  putBack?(entity: Kinds[K]['entity'], state: AppState): Partial<AppState>;
}

const kinds: { [K in EntityKind]: KindApi<K> } = {
  member: {
    list: (s) => s.members,
    remove: (householdId, id) => call('members.delete', { householdId, id }),
    restore: (record) => call('members.restore', record),
  },
  device: {
    list: (s) => s.devices,
    remove: (householdId, id) => call('devices.delete', { householdId, id }),
    restore: (record) => call('devices.restore', record),
    // A device links nothing else: it comes back whole in the answer.
    putBack: (device, s) => ({ devices: upsert(s.devices, device) }),
  },
  line: {
    list: (s) => s.lines,
    remove: (householdId, id) => call('lines.delete', { householdId, id }),
    restore: (record) => call('lines.restore', record),
  },
};

/** Deletes from the active household and offers Undo; a failure goes to the error notice. */
export async function deleteOfferingUndo(
  get: GetState,
  remove: (householdId: string) => Promise<Deletion>,
  apply: (deletion: Deletion) => void,
) {
  try {
    get().offerUndo(await editActiveHousehold(get, remove, apply));
  } catch (err) {
    get().reportError(err);
  }
}

/**
 * Deletes a member, device or line of the active household, applies `gone` to
 * the store and offers Undo; a failure goes to the error notice.
 */
export function deleteEntity<K extends EntityKind>(get: GetState, kind: K, id: string, gone: () => void) {
  const name = kinds[kind].list(get()).find((e) => e.id === id)?.name ?? '';
  return deleteOfferingUndo(
    get,
    async (householdId) => ({ kind, name, record: await kinds[kind].remove(householdId, id) }) as EntityDeletion,
    gone,
  );
}

/** Deletes without offering Undo (undoing an "add"); throws ApiError. */
export async function deleteEntityQuietly<K extends EntityKind>(get: GetState, kind: K, id: string, gone: () => void) {
  await editActiveHousehold(get, (householdId) => kinds[kind].remove(householdId, id), gone);
}

/** Puts a deleted member, device or line back (Undo of a delete). */
export async function restoreEntity<K extends EntityKind>(
  get: GetState,
  set: SetState,
  deletion: { kind: K; record: Kinds[K]['record'] },
) {
  const api: KindApi<K> = kinds[deletion.kind];
  const entity = await api.restore(deletion.record);
  if (!api.putBack) await get().reloadHousehold();
  else if (get().loadedHouseholdId === deletion.record.householdId) set(api.putBack(entity, get()));
}
