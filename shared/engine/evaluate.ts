/**
 * evaluate: the household's current plan applied to its lines and devices —
 * hotspot assignment, demand, budgets (pool water-filling or per-line limits),
 * overages, forecast to cycle end against each kind of bound, cost and
 * warnings, in the printed output shape. Numbers are
 * unrounded; print with roundForOutput.
 *
 * Order of work: per-line terms (line → tier → plan) → hotspot assignment
 * (needs each host's hotspot allowance) → demand d_i → budgets b_i →
 * overages → forecast → cost → warnings, ordered by orderWarnings.
 */
import type { Scenario, ScenarioHistory, ScenarioLine, ScenarioPlan } from '../scenario/schema';
import { ONE_BYTE_GB } from './amounts';
import { planCost } from './cost';
import { cycleContainingDay } from './cycle';
import { type EpochDay, formatDate, parseDate } from './dates';
import { lineDemands, tetheringDevices } from './demand';
import {
  type LineBounds,
  type LineForecast,
  type LatestReading,
  forecastLine,
  forecastPool,
  historyRateGBPerDay,
  latestReadings,
} from './forecast';
import { type HotspotSearchOptions, assignHotspot } from './hotspot';
import { hotspotOverGB, perLineBudgetGB, premiumOverGB } from './perLine';
import { allocatePool } from './pool';
import { type LineTerms, termsOfLine } from './terms';
import type { Evaluation, LimitBasis, LineResult, PlanWarning } from './types';
import * as warn from './warnings';

/**
 * A line's hard limit: the smaller of its cap and, on a per-line plan, its
 * effective high-speed data, whichever are set (0 included: a cap of 0 blocks
 * the line); equal ones are named "cap". Null when neither is set. On a pool
 * plan the pool is the shared hard limit, judged by the pool's own forecast.
 */
export function hardLimitOf(
  plan: Pick<ScenarioPlan, 'kind'>,
  line: Pick<ScenarioLine, 'capGB'>,
  terms: Pick<LineTerms, 'dataGB'>,
): { limitGB: number; basis: LimitBasis } | null {
  const cap = line.capGB;
  const data = plan.kind === 'per-line' ? terms.dataGB : null;
  if (cap !== null && (data === null || cap <= data)) return { limitGB: cap, basis: 'cap' };
  if (data !== null) return { limitGB: data, basis: 'data' };
  return null;
}

function requirePlan(scenario: Scenario): ScenarioPlan {
  if (!scenario.plan) {
    throw new Error(
      "evaluate needs the scenario field `plan` (the household's current plan); this scenario has none. Add `plan`, or use compare for the candidates in `plans`.",
    );
  }
  return scenario.plan;
}

export function evaluate(scenario: Scenario, hotspotSearch: HotspotSearchOptions = {}): Evaluation {
  const plan = requirePlan(scenario);
  const { lines, devices } = scenario;
  const asOfDay = parseDate(scenario.asOf);
  const cycle = cycleContainingDay(plan, asOfDay);
  const onPool = plan.kind === 'pool';
  const poolGB = plan.poolGB ?? 0;

  const terms = lines.map((l) => termsOfLine(plan, l));
  const allowances = new Map(lines.map((l, i) => [l.id, terms[i]!.hotspotGB]));
  const tethering = tetheringDevices(devices);
  const hotspot = assignHotspot(tethering, allowances, hotspotSearch);
  const demand = lineDemands(
    lines.map((l) => l.id),
    devices,
    hotspot.loadGB,
  );
  const demandGB = lines.map((l) => demand.get(l.id)!.demandGB);
  const hotspotLoadGB = lines.map((l) => demand.get(l.id)!.hotspotLoadGB);
  const totalDemandGB = demandGB.reduce((s, d) => s + d, 0);

  const warnings: PlanWarning[] = [];

  let budgetGB: number[];
  if (onPool) {
    const allocation = allocatePool(
      lines.map((l, i) => ({ demandGB: demandGB[i]!, capGB: l.capGB, floorGB: l.floorGB, weight: l.weight })),
      poolGB,
    );
    budgetGB = allocation.budgetsGB;
    if (totalDemandGB > poolGB + ONE_BYTE_GB) warnings.push(warn.poolOversubscribed(totalDemandGB, poolGB));
    if (allocation.floorsScaled) warnings.push(warn.floorsExceedPool(allocation.floorsGB, poolGB));
  } else {
    budgetGB = lines.map((l, i) => perLineBudgetGB(demandGB[i]!, l.capGB, terms[i]!.dataGB));
  }

  const readings = latestReadings(scenario.readings, formatDate(cycle.startDay), scenario.asOf);
  const historyByLine = groupByLine(scenario.history);
  const withReading: { reading: LatestReading; forecast: LineForecast }[] = [];
  const dateOrNull = (day: EpochDay | null) => (day === null ? null : formatDate(day));
  // FORECAST_OVER_SHARE is said only while the pool is forecast to run out, so it waits for the pool's forecast.
  const overShare: PlanWarning[] = [];

  const results: LineResult[] = lines.map((line, i) => {
    const t = terms[i]!;
    const d = demandGB[i]!;
    const premiumOver = premiumOverGB(d, t.premiumGB);
    const hotspotOver = hotspotOverGB(hotspotLoadGB[i]!, t.hotspotGB);
    const limit = hardLimitOf(plan, line, t);
    const shareGB = onPool ? budgetGB[i]! : null;

    if (limit !== null && d > limit.limitGB + ONE_BYTE_GB) {
      warnings.push(warn.demandOverLimit(line, d, limit.limitGB, limit.basis));
    }
    if (hotspotOver > 0) warnings.push(warn.hotspotExceeded(line, hotspotLoadGB[i]!, t.hotspotGB!, hotspotOver));
    if (premiumOver > 0) warnings.push(warn.premiumExceeded(line, d, t.premiumGB!, premiumOver));

    const result: LineResult = {
      id: line.id,
      demandGB: d,
      hotspotLoadGB: hotspotLoadGB[i]!,
      budgetGB: budgetGB[i]!,
      unmetGB: Math.max(0, d - budgetGB[i]!),
      premiumOverGB: premiumOver,
      hotspotOverGB: hotspotOver,
      limitGB: limit?.limitGB ?? null,
      limitBasis: limit?.basis ?? null,
      premiumGB: t.premiumGB,
      shareGB,
      usedGB: null,
      forecastGB: null,
      exhaustsOn: null,
      premiumReachedOn: null,
      shareExceededOn: null,
      dailyBudgetGB: null,
      dailyBudgetBasis: null,
    };

    const reading = readings.get(line.id);
    if (reading) {
      const bounds: LineBounds = {
        limitGB: result.limitGB,
        limitBasis: result.limitBasis,
        premiumGB: t.premiumGB,
        shareGB,
      };
      const historyRate = historyRateGBPerDay(historyByLine.get(line.id) ?? [], plan, cycle.startDay);
      const forecast = forecastLine(cycle, reading, historyRate, bounds);
      withReading.push({ reading, forecast });
      result.usedGB = forecast.usedGB;
      result.forecastGB = forecast.forecastGB;
      result.exhaustsOn = dateOrNull(forecast.exhaustsOnDay);
      result.premiumReachedOn = dateOrNull(forecast.premiumReachedOnDay);
      result.shareExceededOn = dateOrNull(forecast.shareExceededOnDay);
      result.dailyBudgetGB = forecast.dailyBudgetGB;
      result.dailyBudgetBasis = forecast.dailyBudgetBasis;
      const F = forecast.forecastGB;
      if (limit !== null && F > limit.limitGB + ONE_BYTE_GB) {
        warnings.push(warn.forecastOverLimit(line, F, limit.limitGB, limit.basis, result.exhaustsOn));
      }
      if (t.premiumGB !== null && t.premiumGB > 0 && F > t.premiumGB + ONE_BYTE_GB) {
        warnings.push(warn.forecastOverPremium(line, F, t.premiumGB, result.premiumReachedOn));
      }
      if (shareGB !== null && shareGB > 0 && F > shareGB + ONE_BYTE_GB) {
        overShare.push(warn.forecastOverShare(line, F, shareGB, result.shareExceededOn));
      }
    }

    if (plan.esim === false) {
      const esimOnly = devices.filter((dev) => dev.line === line.id && dev.sim === 'esim').map((dev) => dev.id);
      if (esimOnly.length > 0) warnings.push(warn.esimUnsupported(line, esimOnly));
    }
    return result;
  });

  hotspot.assignments.forEach((a, i) => {
    if (a.host === null) warnings.push(warn.noHotspotHost(deviceNamed(scenario, a.device), tethering[i]!.hosts));
  });

  let pool: Evaluation['pool'] = null;
  if (onPool) {
    const forecast = forecastPool(withReading, poolGB, cycle);
    const exhaustsOn = dateOrNull(forecast?.exhaustsOnDay ?? null);
    pool = {
      sizeGB: poolGB,
      demandGB: totalDemandGB,
      allocatedGB: budgetGB.reduce((s, b) => s + b, 0),
      usedGB: forecast?.usedGB ?? null,
      forecastGB: forecast?.forecastGB ?? null,
      exhaustsOn,
      dailyBudgetGB: forecast?.dailyBudgetGB ?? null,
    };
    if (forecast && forecast.forecastGB > poolGB + ONE_BYTE_GB) {
      warnings.push(warn.forecastOverPool(forecast.forecastGB, poolGB, exhaustsOn));
      warnings.push(...overShare);
    }
  }

  return {
    cycle: { start: formatDate(cycle.startDay), end: formatDate(cycle.endDay), days: cycle.days },
    lines: results,
    hotspot: hotspot.assignments,
    hotspotOverflowGB: hotspot.overflowGB,
    hotspotExact: hotspot.exact,
    pool,
    cost: planCost(plan, lines),
    warnings: warn.orderWarnings(
      warnings,
      lines.map((l) => l.id),
      devices.map((dev) => dev.id),
    ),
  };
}

function deviceNamed(scenario: Scenario, id: string): { id: string; name?: string } {
  const d = scenario.devices.find((x) => x.id === id);
  return d ? { id: d.id, name: d.name } : { id };
}

function groupByLine(history: readonly ScenarioHistory[]): Map<string, ScenarioHistory[]> {
  const out = new Map<string, ScenarioHistory[]>();
  for (const h of history) {
    const list = out.get(h.line);
    if (list) list.push(h);
    else out.set(h.line, [h]);
  }
  return out;
}
