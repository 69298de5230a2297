/**
 * Named starting points, written through the real API before the app renders
 * (the way an earlier session of the app would have left them).
 */
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract';
import type { Plan } from '@shared/domain/schemas';
import { currentBackend } from './backend';
import { NEW_LINE } from '@shared/domain/defaults';

export async function api<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const invoke = currentBackend().bridge.api[method] as (
    input: ApiInput<M>,
  ) => Promise<{ ok: true; value: ApiOutput<M> } | { ok: false; error: { message: string } }>;
  const result = await invoke(input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

export const LINE_DEFAULTS = NEW_LINE;

export const FAMILY_POOL: Plan = {
  name: 'Family Pool 30',
  carrier: 'verizon',
  kind: 'pool',
  poolGB: 30,
  cycleStartDay: 5,
  cycleLengthDays: null,
  cycleAnchor: null,
  pricePerLine: [60, 50, 40],
  esim: true,
  tiers: [],
};

/**
 * The Smith family: Mom and Dad with a line each on a 30 GB pool, Mom's phone
 * on her line and an iPad that tethers to either line.
 */
export async function seedSmithFamily() {
  const household = await api('households.create', { name: 'Smith family' });
  const householdId = household.id;
  await api('settings.update', { activeHouseholdId: householdId });
  const mom = await api('members.create', { householdId, member: { name: 'Mom', role: 'adult' } });
  const dad = await api('members.create', { householdId, member: { name: 'Dad', role: 'adult' } });
  await api('plan.set', { householdId, plan: FAMILY_POOL });
  const momLine = await api('lines.create', {
    householdId,
    line: { ...LINE_DEFAULTS, name: 'Mom line', memberId: mom.id },
  });
  const dadLine = await api('lines.create', {
    householdId,
    line: { ...LINE_DEFAULTS, name: 'Dad line', memberId: dad.id },
  });
  const phone = await api('devices.create', {
    householdId,
    device: {
      name: 'Mom phone',
      kind: 'phone',
      ownerId: mom.id,
      sim: 'esim',
      lineId: momLine.id,
      monthlyGB: 12,
      hotspotFrom: [],
    },
  });
  const ipad = await api('devices.create', {
    householdId,
    device: {
      name: 'iPad',
      kind: 'tablet',
      ownerId: null,
      sim: 'none',
      lineId: null,
      monthlyGB: 6,
      hotspotFrom: [momLine.id, dadLine.id],
    },
  });
  return { householdId, mom, dad, momLine, dadLine, phone, ipad };
}

export async function snapshotOf(householdId: string) {
  return api('households.get', { householdId });
}

/** Every stored reading of the household, earlier cycles included, by date (the snapshot has this cycle's only). */
export async function storedReadings(householdId: string) {
  const { lines } = await snapshotOf(householdId);
  const pages = await Promise.all(
    lines.map((line) => api('readings.list', { householdId, lineId: line.id, before: '2199-12-31', limit: 500 })),
  );
  return pages.flatMap((p) => p.readings).sort((a, b) => a.date.localeCompare(b.date));
}
