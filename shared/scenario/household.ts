/**
 * A household seen as a scenario v1 (the engine's input and the export
 * format), and back. In a scenario, lines and devices are named by readable
 * slugs instead of database ids; the mapping keeps both directions so engine
 * results can be joined back to the stored rows. The backend (evaluate,
 * compare, export) and the renderer (the what-if, evaluated without a round
 * trip) both go through this one mapping, so they can never disagree.
 */
import type { Device, HistoryEntry, Household, Line, Plan, Reading } from '../domain/schemas';
import { cycleContaining } from '../engine/cycle';
import { HISTORY_CYCLES } from '../engine/forecast';
import type { Comparison, Evaluation } from '../engine/types';
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

export function scenarioOfHousehold(snapshot: HouseholdModel, asOf: string): HouseholdScenario {
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
  // Key order of every scenario file: format, version, asOf, name, plan, lines, devices, readings, history.
  const ordered: Record<string, unknown> = {};
  for (const key of ['format', 'version', 'asOf', 'name', 'plan', 'lines', 'devices', 'readings', 'history', 'plans']) {
    if (key in file) ordered[key] = file[key];
  }
  return ordered;
}

/** Maps an engine id back to its database id (an id the engine made up stays as it is). */
const back = (ids: Map<string, string>) => (id: string) => ids.get(id) ?? id;
const backOrNull = (ids: Map<string, string>) => (id: string | null) => (id === null ? null : (ids.get(id) ?? id));

/** An evaluation of the mapped scenario, with every line and device named by its database id again. */
export function evaluationWithDbIds(evaluation: Evaluation, mapping: HouseholdScenario): Evaluation {
  const line = back(mapping.lineId);
  const device = back(mapping.deviceId);
  return {
    ...evaluation,
    lines: evaluation.lines.map((l) => ({ ...l, id: line(l.id) })),
    hotspot: evaluation.hotspot.map((h) => ({ device: device(h.device), host: backOrNull(mapping.lineId)(h.host) })),
    warnings: evaluation.warnings.map((w) => ({
      ...w,
      line: backOrNull(mapping.lineId)(w.line),
      device: backOrNull(mapping.deviceId)(w.device),
    })),
  };
}

export function comparisonWithDbIds(comparison: Comparison, mapping: HouseholdScenario): Comparison {
  const line = back(mapping.lineId);
  const lineOrNull = backOrNull(mapping.lineId);
  return {
    ranking: comparison.ranking.map((r) => ({
      ...r,
      tiers:
        r.tiers === null ? null : Object.fromEntries(Object.entries(r.tiers).map(([id, tier]) => [line(id), tier])),
      // `reasons` stay as the engine wrote them (with scenario ids): they are English for logs; `details` are for the UI.
      ...(r.details === undefined
        ? {}
        : {
            details: r.details.map((d) => ({
              ...d,
              line: lineOrNull(d.line),
              ...(d.lines === undefined ? {} : { lines: d.lines.map(line) }),
            })),
          }),
    })),
  };
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
