/**
 * Pure changes to a what-if's draft. Removing a line mirrors what deleting it
 * does to the household: its devices are left without a line and lose it as
 * a hotspot, so the numbers shown are the ones applying would give. An
 * existing line or device that is removed is listed by id (applying deletes
 * it); a hypothetical one simply goes.
 */
import type { Device, Line, Plan } from '@shared/domain/schemas';
import type { HouseholdDraft } from '@shared/planner/draft';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** How many things the draft changes: the plan, each changed line or device, each removal. */
export function changeCount(draft: HouseholdDraft, plan: Plan | null, lines: Line[], devices: Device[]): number {
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const deviceById = new Map(devices.map((d) => [d.id, d]));
  return (
    (same(draft.plan, plan) ? 0 : 1) +
    draft.lines.filter((l) => !same(lineById.get(l.id), l)).length +
    draft.devices.filter((d) => !same(deviceById.get(d.id), d)).length +
    (draft.removeLineIds?.length ?? 0) +
    (draft.removeDeviceIds?.length ?? 0)
  );
}

export function withLinePatched(draft: HouseholdDraft, id: string, patch: Partial<Line>): HouseholdDraft {
  return { ...draft, lines: draft.lines.map((l) => (l.id === id ? { ...l, ...patch } : l)) };
}

export function withDevicePatched(draft: HouseholdDraft, id: string, patch: Partial<Device>): HouseholdDraft {
  return { ...draft, devices: draft.devices.map((d) => (d.id === id ? { ...d, ...patch } : d)) };
}

/** Lets a device tether to a line (it then has no line of its own), or stops it. */
export function withTether(draft: HouseholdDraft, deviceId: string, lineId: string, on: boolean): HouseholdDraft {
  const device = draft.devices.find((d) => d.id === deviceId);
  if (!device) return draft;
  return withDevicePatched(draft, deviceId, {
    lineId: on ? null : device.lineId,
    sim: on && device.lineId !== null ? 'none' : device.sim,
    hotspotFrom: on
      ? device.hotspotFrom.includes(lineId)
        ? device.hotspotFrom
        : [...device.hotspotFrom, lineId]
      : device.hotspotFrom.filter((h) => h !== lineId),
  });
}

/** Puts the device on a line (or none); a device with a line tethers nowhere and needs a SIM. */
export function withDeviceOnLine(draft: HouseholdDraft, deviceId: string, lineId: string | null): HouseholdDraft {
  const device = draft.devices.find((d) => d.id === deviceId);
  if (!device) return draft;
  return withDevicePatched(draft, deviceId, {
    lineId,
    hotspotFrom: lineId === null ? device.hotspotFrom : [],
    sim: lineId === null ? device.sim : device.sim === 'none' ? 'physical' : device.sim,
  });
}

const addId = (ids: readonly string[] | undefined, id: string) => [...(ids ?? []).filter((x) => x !== id), id];
const dropId = (ids: readonly string[] | undefined, id: string) => (ids ?? []).filter((x) => x !== id);

/** The items in the household's order, hypothetical ones after them in the order they were added. */
function inStoredOrder<T extends { id: string }>(items: T[], stored: readonly { id: string }[]): T[] {
  const rank = new Map(stored.map((s, i) => [s.id, i]));
  return items
    .map((item, i) => ({ item, key: rank.get(item.id) ?? stored.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

/** Takes a line out of the what-if; its devices are left without it. */
export function withLineRemoved(draft: HouseholdDraft, lineId: string, stored: readonly Line[]): HouseholdDraft {
  const exists = stored.some((l) => l.id === lineId);
  return {
    ...draft,
    lines: draft.lines.filter((l) => l.id !== lineId),
    devices: draft.devices.map((d) =>
      d.lineId === lineId || d.hotspotFrom.includes(lineId)
        ? {
            ...d,
            lineId: d.lineId === lineId ? null : d.lineId,
            hotspotFrom: d.hotspotFrom.filter((h) => h !== lineId),
          }
        : d,
    ),
    ...(exists ? { removeLineIds: addId(draft.removeLineIds, lineId) } : {}),
  };
}

/**
 * Puts a removed line back as the household has it, and gives it back to the
 * devices that had it there and have not been given another line since.
 */
export function withLineRestored(
  draft: HouseholdDraft,
  lineId: string,
  storedLines: readonly Line[],
  storedDevices: readonly Device[],
): HouseholdDraft {
  const line = storedLines.find((l) => l.id === lineId);
  if (!line) return draft;
  const storedDevice = new Map(storedDevices.map((d) => [d.id, d]));
  return {
    ...draft,
    lines: inStoredOrder([...draft.lines.filter((l) => l.id !== lineId), line], storedLines),
    devices: draft.devices.map((d) => {
      const before = storedDevice.get(d.id);
      if (!before || d.lineId !== null) return d;
      if (before.lineId === lineId && d.hotspotFrom.length === 0) return { ...d, lineId, sim: before.sim };
      if (before.hotspotFrom.includes(lineId) && !d.hotspotFrom.includes(lineId))
        return { ...d, hotspotFrom: [...d.hotspotFrom, lineId] };
      return d;
    }),
    removeLineIds: dropId(draft.removeLineIds, lineId),
  };
}

/** Takes a device out of the what-if. */
export function withDeviceRemoved(draft: HouseholdDraft, deviceId: string, stored: readonly Device[]): HouseholdDraft {
  const exists = stored.some((d) => d.id === deviceId);
  return {
    ...draft,
    devices: draft.devices.filter((d) => d.id !== deviceId),
    ...(exists ? { removeDeviceIds: addId(draft.removeDeviceIds, deviceId) } : {}),
  };
}

/** Puts a removed device back as the household has it, without lines the what-if has removed. */
export function withDeviceRestored(draft: HouseholdDraft, deviceId: string, stored: readonly Device[]): HouseholdDraft {
  const device = stored.find((d) => d.id === deviceId);
  if (!device) return draft;
  const lineIds = new Set(draft.lines.map((l) => l.id));
  const lineId = device.lineId !== null && lineIds.has(device.lineId) ? device.lineId : null;
  const back: Device = { ...device, lineId, hotspotFrom: device.hotspotFrom.filter((h) => lineIds.has(h)) };
  return {
    ...draft,
    devices: inStoredOrder([...draft.devices.filter((d) => d.id !== deviceId), back], stored),
    removeDeviceIds: dropId(draft.removeDeviceIds, deviceId),
  };
}

/** The household's lines or devices the draft removes, in the household's order. */
export function removedOf<T extends { id: string }>(stored: readonly T[], ids: readonly string[] | undefined): T[] {
  const removed = new Set(ids ?? []);
  return stored.filter((x) => removed.has(x.id));
}
