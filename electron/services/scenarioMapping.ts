/**
 * A stored household seen as a scenario v1 (the engine's input and the export
 * format), and back. In a scenario, lines and devices are named by readable
 * slugs instead of database ids; the mapping keeps both directions so engine
 * results can be joined back to the stored rows.
 */
import type { Plan, HouseholdSnapshot } from '../../shared/domain/schemas';
import type { Scenario, ScenarioPlan } from '../../shared/scenario/schema';
import { uniqueSlugs } from './slugs';

export interface HouseholdScenario {
  scenario: Scenario;
  /** Database id → scenario id. */
  lineSlug: Map<string, string>;
  deviceSlug: Map<string, string>;
  /** Scenario id → database id. */
  lineId: Map<string, string>;
  deviceId: Map<string, string>;
}

export function scenarioPlanOf(plan: Plan): ScenarioPlan {
  return {
    name: plan.name,
    carrier: plan.carrier,
    kind: plan.kind,
    poolGB: plan.poolGB,
    cycleStartDay: plan.cycleStartDay,
    cycleLengthDays: plan.cycleLengthDays,
    cycleAnchor: plan.cycleAnchor,
    pricePerLine: plan.pricePerLine,
    esim: plan.esim,
    tiers: plan.tiers.map((t) => ({ ...t })),
    // A stored plan keeps per-line terms on its lines or tiers, never on itself.
    dataGB: null,
    premiumGB: null,
    hotspotGB: null,
  };
}

const invert = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [v, k]));

export function scenarioOfHousehold(snapshot: HouseholdSnapshot, asOf: string): HouseholdScenario {
  const lineSlugs = uniqueSlugs(
    snapshot.lines.map((l) => l.name),
    'line',
  );
  const lineSlug = new Map(snapshot.lines.map((l, i) => [l.id, lineSlugs[i]!]));
  const deviceSlugs = uniqueSlugs(
    snapshot.devices.map((d) => d.name),
    'device',
  );
  const deviceSlug = new Map(snapshot.devices.map((d, i) => [d.id, deviceSlugs[i]!]));
  const slug = (id: string) => lineSlug.get(id)!;

  const scenario: Scenario = {
    format: 'datapool-scenario',
    version: 1,
    asOf,
    name: snapshot.household.name,
    ...(snapshot.plan ? { plan: scenarioPlanOf(snapshot.plan) } : {}),
    lines: snapshot.lines.map((l) => ({
      id: slug(l.id),
      name: l.name,
      capGB: l.capGB,
      floorGB: l.floorGB,
      weight: l.weight,
      dataGB: l.dataGB,
      premiumGB: l.premiumGB,
      hotspotGB: l.hotspotGB,
      tier: l.tier,
      needsPremium: l.needsPremium,
      number: l.number,
    })),
    devices: snapshot.devices.map((d) => ({
      id: deviceSlug.get(d.id)!,
      name: d.name,
      line: d.lineId === null ? null : slug(d.lineId),
      hotspotFrom: d.hotspotFrom.map(slug),
      monthlyGB: d.monthlyGB,
      sim: d.sim,
      kind: d.kind,
    })),
    readings: snapshot.readings.map((r) => ({ line: slug(r.lineId), date: r.date, usedGB: r.usedGB })),
    history: snapshot.history.map((h) => ({ line: slug(h.lineId), cycleStart: h.cycleStart, usedGB: h.usedGB })),
    plans: [],
  };
  return { scenario, lineSlug, deviceSlug, lineId: invert(lineSlug), deviceId: invert(deviceSlug) };
}

/**
 * The scenario as a file: the same data without the fields that only repeat
 * a default (an unset cycle rule, plan-level terms, an empty `plans`).
 */
export function scenarioFileOf(scenario: Scenario): Record<string, unknown> {
  const { plans, plan, ...rest } = scenario;
  const file: Record<string, unknown> = { ...rest };
  if (plan) {
    const compact: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(plan)) {
      const onlyDefault =
        value === null &&
        [
          'poolGB',
          'cycleStartDay',
          'cycleLengthDays',
          'cycleAnchor',
          'esim',
          'dataGB',
          'premiumGB',
          'hotspotGB',
        ].includes(key);
      if (!onlyDefault) compact[key] = value;
    }
    file.plan = compact;
  }
  if (plans.length > 0) file.plans = plans;
  // Only lines that have a phone number carry one, so files without numbers read as before.
  file.lines = scenario.lines.map(({ number, ...line }) => (number === null ? line : { ...line, number }));
  // Key order as in DESIGN: format, version, asOf, name, plan, lines, devices, readings, history.
  const ordered: Record<string, unknown> = {};
  for (const key of ['format', 'version', 'asOf', 'name', 'plan', 'lines', 'devices', 'readings', 'history', 'plans']) {
    if (key in file) ordered[key] = file[key];
  }
  return ordered;
}
