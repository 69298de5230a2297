/**
 * A household seen as a scenario v1: the engine's input and the export
 * format. The engine gets the household's lines and devices under their
 * database ids, so its results join the stored rows as they are; a scenario
 * file names them by readable slugs instead. The backend (evaluate, compare,
 * export) and the renderer (the what-if, evaluated without a round trip) both
 * go through this one mapping, so they can never disagree.
 */
import type { Device, HistoryEntry, Household, Line, Plan, Reading } from '../domain/schemas';
import { cycleContaining } from '../engine/cycle';
import { HISTORY_CYCLES } from '../engine/forecast';
import type { Scenario, ScenarioPlan } from './schema';
import { uniqueSlugs } from './slugs';

/** What the engine reads of a household: a stored snapshot, or a what-if draft of one. */
export interface HouseholdModel {
  household: Pick<Household, 'name'>;
  plan: Plan | null;
  lines: readonly Line[];
  devices: readonly Device[];
  readings: readonly Reading[];
  history: readonly HistoryEntry[];
}

export interface HouseholdScenario {
  scenario: Scenario;
  /** A line's database id → its id in the scenario. */
  lineSlug: Map<string, string>;
  /** A line's id in the scenario → its database id. */
  lineId: Map<string, string>;
}

export interface ScenarioIds {
  /**
   * How the scenario names lines and devices: `slugs` of their names (for
   * files people read; the default) or their `database` ids (for the engine).
   */
  ids?: 'slugs' | 'database';
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

/** Each row's id in the scenario, by database id. */
function scenarioIds(rows: readonly { id: string; name: string }[], fallback: string, ids: ScenarioIds['ids']) {
  const names =
    ids === 'database'
      ? rows.map((r) => r.id)
      : uniqueSlugs(
          rows.map((r) => r.name),
          fallback,
        );
  return new Map(rows.map((r, i) => [r.id, names[i]!]));
}

export function scenarioOfHousehold(
  snapshot: HouseholdModel,
  asOf: string,
  { ids = 'slugs' }: ScenarioIds = {},
): HouseholdScenario {
  const lineSlug = scenarioIds(snapshot.lines, 'line', ids);
  const deviceSlug = scenarioIds(snapshot.devices, 'device', ids);
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
  return { scenario, lineSlug, lineId: new Map([...lineSlug].map(([id, inScenario]) => [inScenario, id])) };
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
  // Key order of every scenario file: format, version, asOf, name, plan, lines, devices, readings, history.
  const ordered: Record<string, unknown> = {};
  for (const key of ['format', 'version', 'asOf', 'name', 'plan', 'lines', 'devices', 'readings', 'history', 'plans']) {
    if (key in file) ordered[key] = file[key];
  }
  return ordered;
}

/** The readings the engine reads for `asOf`: those dated in the cycle containing it, up to it. */
export function readingWindow(plan: Plan, asOf: string): { from: string; to: string } {
  return { from: cycleContaining(plan, asOf).start, to: asOf };
}

/**
 * Per line, the history entries of its last three cycles before the current
 * one (the forecast blends in no more than that), in their original order.
 * Evaluating with only these and the current cycle's readings gives the same
 * result as with everything ever stored, at a cost that does not grow with
 * how long the household has used the app.
 */
export function recentHistory<H extends { lineId: string; cycleStart: string }>(
  entries: readonly H[],
  plan: Plan,
  asOf: string,
): H[] {
  const currentStart = cycleContaining(plan, asOf).start;
  const cyclesOfLine = new Map<string, Set<string>>();
  const keep = new Set<H>();
  // Newest first, so each line's first three distinct cycles are its last three.
  const earlier = entries.filter((h) => h.cycleStart < currentStart);
  const newestFirst = [...earlier].sort((a, b) =>
    a.cycleStart < b.cycleStart ? 1 : a.cycleStart > b.cycleStart ? -1 : 0,
  );
  for (const h of newestFirst) {
    const cycle = cycleContaining(plan, h.cycleStart).start;
    let cycles = cyclesOfLine.get(h.lineId);
    if (!cycles) cyclesOfLine.set(h.lineId, (cycles = new Set()));
    if (!cycles.has(cycle)) {
      if (cycles.size === HISTORY_CYCLES) continue;
      cycles.add(cycle);
    }
    keep.add(h);
  }
  return earlier.filter((h) => keep.has(h));
}

/** The household with only the readings and history `evaluate` reads for `asOf`. */
export function engineModel(model: HouseholdModel, asOf: string): HouseholdModel {
  if (!model.plan) return model;
  const { from, to } = readingWindow(model.plan, asOf);
  return {
    ...model,
    readings: model.readings.filter((r) => r.date >= from && r.date <= to),
    history: recentHistory(model.history, model.plan, asOf),
  };
}
