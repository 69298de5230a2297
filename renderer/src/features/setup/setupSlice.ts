import { NEW_LINE } from '@shared/domain/defaults';
import type { Device, DeviceInput, Member, Plan } from '@shared/domain/schemas';
import { call } from '@renderer/api/client';
import type { SliceCreator } from '@renderer/store/types';
import { todayIso } from '../cycle/dates';

/** Everything the first run asks for, in the order it asks. People and lines refer to each other by position. */
export interface SetupSpec {
  householdName: string;
  plan: Plan;
  lines: { name: string; owner: number | null }[];
  people: { name: string; role: Member['role'] }[];
  devices: {
    name: string;
    kind: Device['kind'];
    owner: number | null;
    line: number | null;
    monthlyGB: number;
    /** Lines (by position) a device without a line may tether to. */
    hotspotFrom?: number[];
  }[];
  /** What each line has used so far this cycle (null: not entered), as of `readingsAsOf`. */
  readings: (number | null)[];
  readingsAsOf?: string;
  /** Past cycles' totals per line, oldest first (the sample family has some). */
  history?: { line: number; cycleStart: string; usedGB: number }[];
  /** Extra readings before today (the sample family's cycle so far). */
  earlierReadings?: { line: number; date: string; usedGB: number }[];
}

const SAMPLE_KEY = 'datapool.sampleHouseholds';

function sampleIds(): string[] {
  try {
    const raw = globalThis.localStorage?.getItem(SAMPLE_KEY);
    const ids: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function rememberSample(ids: string[]): void {
  try {
    globalThis.localStorage?.setItem(SAMPLE_KEY, JSON.stringify(ids));
  } catch {
    // Without storage the banner cannot be shown after a reload; the household itself is unaffected.
  }
}

export interface SetupSlice {
  /** Ids of households made by "Try it with a sample family" (they carry a banner and a one-click delete). */
  sampleHouseholdIds: string[];
  /**
   * Writes a first-run household: the active one when it is still empty,
   * else a new one. Members first, then plan, lines and devices in one
   * `households.apply`, then the readings. Throws ApiError (for the form).
   */
  setUpHousehold(spec: SetupSpec, options?: { sample?: boolean }): Promise<string>;
  /** Deletes a sample household (undoable like any household deletion). */
  deleteSample(id: string): Promise<void>;
}

export const createSetupSlice: SliceCreator<SetupSlice> = (set, get) => ({
  sampleHouseholdIds: sampleIds(),

  setUpHousehold: async (spec, options = {}) => {
    const s = get();
    const empty =
      s.loadedHouseholdId !== null &&
      s.loadedHouseholdId === s.activeHouseholdId &&
      s.plan === null &&
      s.lines.length === 0 &&
      s.members.length === 0 &&
      s.devices.length === 0;
    let householdId: string;
    if (!options.sample && empty && s.activeHouseholdId) {
      householdId = s.activeHouseholdId;
      await get().renameHousehold(householdId, spec.householdName);
    } else {
      householdId = (await get().createHousehold(spec.householdName)).id;
    }
    if (options.sample) {
      const ids = [...get().sampleHouseholdIds, householdId];
      rememberSample(ids);
      set({ sampleHouseholdIds: ids });
    }

    const memberIds: string[] = [];
    for (const person of spec.people) {
      memberIds.push((await call('members.create', { householdId, member: person })).id);
    }
    const draftLineId = (i: number) => `setup-line-${i + 1}`;
    const devices = spec.devices.map((d, i): DeviceInput & { id: string } => ({
      id: `setup-device-${i + 1}`,
      name: d.name,
      kind: d.kind,
      ownerId: d.owner === null ? null : (memberIds[d.owner] ?? null),
      sim: d.line === null ? 'none' : d.kind === 'phone' || d.kind === 'watch' ? 'esim' : 'physical',
      lineId: d.line === null ? null : draftLineId(d.line),
      monthlyGB: d.monthlyGB,
      hotspotFrom: d.line === null ? (d.hotspotFrom ?? []).map(draftLineId) : [],
    }));
    const applied = await call('households.apply', {
      householdId,
      draft: {
        plan: spec.plan,
        lines: spec.lines.map((l, i) => ({
          ...NEW_LINE,
          id: draftLineId(i),
          name: l.name,
          memberId: l.owner === null ? null : (memberIds[l.owner] ?? null),
        })),
        devices,
      },
    });
    // New lines come back in the order they were given, after none (the household was empty).
    const lineIds = applied.lines.map((l) => l.id);
    for (const r of spec.earlierReadings ?? []) {
      const lineId = lineIds[r.line];
      if (lineId) await call('readings.add', { householdId, reading: { lineId, date: r.date, usedGB: r.usedGB } });
    }
    const asOf = spec.readingsAsOf ?? todayIso();
    for (const [i, usedGB] of spec.readings.entries()) {
      const lineId = lineIds[i];
      if (usedGB !== null && lineId)
        await call('readings.add', { householdId, reading: { lineId, date: asOf, usedGB } });
    }
    for (const h of spec.history ?? []) {
      const lineId = lineIds[h.line];
      if (lineId)
        await call('history.add', { householdId, entry: { lineId, cycleStart: h.cycleStart, usedGB: h.usedGB } });
    }
    if (get().activeHouseholdId === householdId) await get().reloadHousehold();
    else await get().selectHousehold(householdId);
    return householdId;
  },

  deleteSample: async (id) => {
    await get().deleteHousehold(id);
    const ids = get().sampleHouseholdIds.filter((x) => x !== id);
    rememberSample(ids);
    set({ sampleHouseholdIds: ids });
  },
});
