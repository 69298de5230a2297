/**
 * The fixture families every kind of test starts from, in one place: the
 * Smiths written through the services (store and API tests) or through the
 * API (renderer tests), and the plan they share.
 */
import type { Services } from '@electron/services';
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract';
import type { Device, DeviceInput, HouseholdSnapshot, Line, Member, Plan } from '@shared/domain/schemas';
import { NEW_LINE } from '@shared/domain/defaults';

export interface SmithFamily {
  householdId: string;
  mom: Member;
  dad: Member;
  momLine: Line;
  dadLine: Line;
  kidLine: Line;
  momPhone: Device;
  ipad: Device;
}

/** The Smiths' plan: a 30 GB pool with per-line prices for 1–4 lines. */
export const SMITH_PLAN: Plan = {
  name: 'Family Pool 30',
  carrier: 'verizon',
  kind: 'pool',
  poolGB: 30,
  cycleStartDay: 5,
  cycleLengthDays: null,
  cycleAnchor: null,
  pricePerLine: [60, 50, 40, 35],
  esim: true,
  tiers: [],
};

/** The family iPad: no SIM or owner of its own, 6 GB a month; tethers to no line until given some. */
export const IPAD: DeviceInput = {
  name: 'iPad',
  kind: 'tablet',
  ownerId: null,
  sim: 'none',
  lineId: null,
  monthlyGB: 6,
  hotspotFrom: [],
};

/**
 * The Smiths, written through the services: a 30 GB pool with three lines;
 * Mom's phone on her line; an iPad that tethers to Mom, then Dad; a few
 * readings and a past cycle.
 */
export function smithFamily(services: Services): SmithFamily {
  const householdId = services.households.create('The Smiths').id;
  const mom = services.members.create(householdId, { name: 'Mom', role: 'adult' });
  const dad = services.members.create(householdId, { name: 'Dad', role: 'adult' });
  services.plan.set(householdId, SMITH_PLAN);
  const line = (name: string, memberId: string | null, extra: Partial<Line> = {}) =>
    services.lines.create(householdId, { ...NEW_LINE, name, memberId, ...extra });
  const momLine = line('Mom', mom.id, { premiumGB: 50, hotspotGB: 15 });
  const dadLine = line('Dad', dad.id, { floorGB: 2.5 });
  const kidLine = line('Kid', null, { capGB: 5, weight: 0.5 });
  const momPhone = services.devices.create(householdId, {
    name: "Mom's phone",
    kind: 'phone',
    ownerId: mom.id,
    sim: 'esim',
    lineId: momLine.id,
    monthlyGB: 12.3,
    hotspotFrom: [],
  });
  services.devices.create(householdId, {
    name: "Dad's phone",
    kind: 'phone',
    ownerId: dad.id,
    sim: 'physical',
    lineId: dadLine.id,
    monthlyGB: 8,
    hotspotFrom: [],
  });
  const ipad = services.devices.create(householdId, { ...IPAD, hotspotFrom: [momLine.id, dadLine.id] });
  services.readings.add(householdId, { lineId: momLine.id, date: '2026-11-20', usedGB: 8.4 });
  services.readings.add(householdId, { lineId: dadLine.id, date: '2026-11-20', usedGB: 4.7 });
  services.history.add(householdId, { lineId: momLine.id, cycleStart: '2026-10-05', usedGB: 14.2 });
  return { householdId, mom, dad, momLine, dadLine, kidLine, momPhone, ipad };
}

/** A snapshot without ids, so two households can be compared by content. */
export function withoutIds(snapshot: HouseholdSnapshot) {
  const lineName = new Map(snapshot.lines.map((l) => [l.id, l.name]));
  const name = (id: string | null) => (id === null ? null : (lineName.get(id) ?? '?'));
  return {
    name: snapshot.household.name,
    plan: snapshot.plan,
    lines: snapshot.lines.map(({ id: _id, memberId: _m, ...rest }) => rest),
    devices: snapshot.devices.map(({ id: _id, ownerId: _o, kind: _k, ...rest }) => ({
      ...rest,
      lineId: name(rest.lineId),
      hotspotFrom: rest.hotspotFrom.map(name),
    })),
    readings: snapshot.readings.map(({ id: _id, ...rest }) => ({ ...rest, lineId: name(rest.lineId) })),
    history: snapshot.history.map(({ id: _id, ...rest }) => ({ ...rest, lineId: name(rest.lineId) })),
  };
}

/** Calls one API method and returns its value (the renderer's test backend, or a served app). */
export type ApiCall = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

/** The Smiths' pool as the renderer tests know it: prices for 1–3 lines. */
export const FAMILY_POOL: Plan = { ...SMITH_PLAN, pricePerLine: [60, 50, 40] };

/**
 * The Smith family written through the API, as an earlier session of the app
 * would have left it: Mom and Dad with a line each on a 30 GB pool, Mom's
 * phone on her line and an iPad that tethers to either line; the active
 * household.
 */
export async function seedSmithFamily(api: ApiCall) {
  const household = await api('households.create', { name: 'Smith family' });
  const householdId = household.id;
  await api('settings.update', { activeHouseholdId: householdId });
  const mom = await api('members.create', { householdId, member: { name: 'Mom', role: 'adult' } });
  const dad = await api('members.create', { householdId, member: { name: 'Dad', role: 'adult' } });
  await api('plan.set', { householdId, plan: FAMILY_POOL });
  const momLine = await api('lines.create', { householdId, line: { ...NEW_LINE, name: 'Mom line', memberId: mom.id } });
  const dadLine = await api('lines.create', { householdId, line: { ...NEW_LINE, name: 'Dad line', memberId: dad.id } });
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
    device: { ...IPAD, hotspotFrom: [momLine.id, dadLine.id] },
  });
  return { householdId, mom, dad, momLine, dadLine, phone, ipad };
}
