/**
 * evaluate: the household's current plan applied to its lines and devices —
 * hotspot assignment, demand, budgets (pool water-filling or per-line limits),
 * overages, forecast to cycle end, cost and warnings (DESIGN "Planning model"
 * and "`evaluate` output"). Numbers are unrounded; print with roundForOutput.
 *
 * Order of work: per-line terms → hotspot assignment (needs each host's
 * hotspot allowance) → demand d_i → budgets b_i → overages → forecast (a
 * pool line's limit is its budget) → cost → warnings.
 *
 * Warnings come grouped by code in DESIGN's order (POOL_OVERSUBSCRIBED,
 * FLOORS_EXCEED_POOL, PREMIUM_EXCEEDED, HOTSPOT_EXCEEDED, NO_HOTSPOT_HOST,
 * FORECAST_OVER_BUDGET, ESIM_UNSUPPORTED), lines and devices in scenario order
 * within a code, the pool's forecast warning after the lines'.
 */
import type { Scenario, ScenarioHistory, ScenarioLine, ScenarioPlan } from '../scenario/schema';
import { ONE_BYTE_GB } from './amounts';
import { planCost } from './cost';
import { cycleContainingDay } from './cycle';
import { formatDate, parseDate } from './dates';
import { lineDemands, tetheringDevices } from './demand';
import {
  type LineForecast,
  type LatestReading,
  forecastLine,
  forecastPool,
  historyRateGBPerDay,
  latestReadings,
} from './forecast';
import { assignHotspot } from './hotspot';
import { hotspotOverGB, perLineBudgetGB, premiumOverGB } from './perLine';
import { allocatePool } from './pool';
import { type LineTerms, termsOfLine } from './terms';
import type { Evaluation, LineResult, PlanWarning } from './types';
import * as warn from './warnings';

/**
 * The limit a line's forecast is measured against: its budget b_i on a pool
 * plan; on a per-line plan the smallest positive of capGB, dataGB, premiumGB
 * (null when none is set).
 */
export function forecastLimitGB(
  plan: Pick<ScenarioPlan, 'kind'>,
  line: Pick<ScenarioLine, 'capGB'>,
  terms: Pick<LineTerms, 'dataGB' | 'premiumGB'>,
  budgetGB: number,
): number | null {
  if (plan.kind === 'pool') return budgetGB;
  let limit: number | null = null;
  for (const x of [line.capGB, terms.dataGB, terms.premiumGB]) {
    if (x !== null && x > 0 && (limit === null || x < limit)) limit = x;
  }
  return limit;
}

function requirePlan(scenario: Scenario): ScenarioPlan {
  if (!scenario.plan) {
    throw new Error(
      "evaluate needs the scenario field `plan` (the household's current plan); this scenario has none. Add `plan`, or use compare for the candidates in `plans`.",
    );
  }
  return scenario.plan;
}

export function evaluate(scenario: Scenario): Evaluation {
  const plan = requirePlan(scenario);
  const { lines, devices } = scenario;
  const asOfDay = parseDate(scenario.asOf);
  const cycle = cycleContainingDay(plan, asOfDay);

  const terms = lines.map((l) => termsOfLine(plan, l));
  const allowances = new Map(lines.map((l, i) => [l.id, terms[i]!.hotspotGB]));
  const tethering = tetheringDevices(devices);
  const hotspot = assignHotspot(tethering, allowances);
  const demand = lineDemands(
    lines.map((l) => l.id),
    devices,
    hotspot.loadGB,
  );
  const demandGB = lines.map((l) => demand.get(l.id)!.demandGB);
  const hotspotLoadGB = lines.map((l) => demand.get(l.id)!.hotspotLoadGB);
  const totalDemandGB = demandGB.reduce((s, d) => s + d, 0);

  const warnings = {
    plan: [] as PlanWarning[],
    premium: [] as PlanWarning[],
    hotspot: [] as PlanWarning[],
    noHost: [] as PlanWarning[],
    forecast: [] as PlanWarning[],
    esim: [] as PlanWarning[],
  };

  let budgetGB: number[];
  if (plan.kind === 'pool') {
    const poolGB = plan.poolGB ?? 0;
    const allocation = allocatePool(
      lines.map((l, i) => ({ demandGB: demandGB[i]!, capGB: l.capGB, floorGB: l.floorGB, weight: l.weight })),
      poolGB,
    );
    budgetGB = allocation.budgetsGB;
    if (totalDemandGB > poolGB + ONE_BYTE_GB) warnings.plan.push(warn.poolOversubscribed(totalDemandGB, poolGB));
    if (allocation.floorsScaled) warnings.plan.push(warn.floorsExceedPool(allocation.floorsGB, poolGB));
  } else {
    budgetGB = lines.map((l, i) => perLineBudgetGB(demandGB[i]!, l.capGB, terms[i]!.dataGB));
  }

  const readings = latestReadings(scenario.readings, formatDate(cycle.startDay), scenario.asOf);
  const historyByLine = groupByLine(scenario.history);
  const withReading: { reading: LatestReading; forecast: LineForecast }[] = [];

  const results: LineResult[] = lines.map((line, i) => {
    const t = terms[i]!;
    const premiumOver = premiumOverGB(demandGB[i]!, t.premiumGB);
    const hotspotOver = hotspotOverGB(hotspotLoadGB[i]!, t.hotspotGB);
    if (premiumOver > 0) warnings.premium.push(warn.premiumExceeded(line, demandGB[i]!, t.premiumGB!, premiumOver));
    if (hotspotOver > 0) {
      warnings.hotspot.push(warn.hotspotExceeded(line, hotspotLoadGB[i]!, t.hotspotGB!, hotspotOver));
    }

    const result: LineResult = {
      id: line.id,
      demandGB: demandGB[i]!,
      hotspotLoadGB: hotspotLoadGB[i]!,
      budgetGB: budgetGB[i]!,
      unmetGB: Math.max(0, demandGB[i]! - budgetGB[i]!),
      premiumOverGB: premiumOver,
      hotspotOverGB: hotspotOver,
      usedGB: null,
      forecastGB: null,
      exhaustsOn: null,
      dailyBudgetGB: null,
    };

    const reading = readings.get(line.id);
    if (reading) {
      const limitGB = forecastLimitGB(plan, line, t, budgetGB[i]!);
      const historyRate = historyRateGBPerDay(historyByLine.get(line.id) ?? [], plan, cycle.startDay);
      const forecast = forecastLine(cycle, reading, historyRate, limitGB);
      withReading.push({ reading, forecast });
      result.usedGB = forecast.usedGB;
      result.forecastGB = forecast.forecastGB;
      result.exhaustsOn = forecast.exhaustsOnDay === null ? null : formatDate(forecast.exhaustsOnDay);
      result.dailyBudgetGB = forecast.dailyBudgetGB;
      if (limitGB !== null && forecast.forecastGB > limitGB + ONE_BYTE_GB) {
        warnings.forecast.push(warn.lineForecastOverBudget(line, forecast.forecastGB, limitGB, result.exhaustsOn));
      }
    }

    if (plan.esim === false) {
      const esimOnly = devices.filter((d) => d.line === line.id && d.sim === 'esim').map((d) => d.id);
      if (esimOnly.length > 0) warnings.esim.push(warn.esimUnsupported(line, esimOnly));
    }
    return result;
  });

  hotspot.assignments.forEach((a, i) => {
    if (a.host === null) warnings.noHost.push(warn.noHotspotHost(deviceNamed(scenario, a.device), tethering[i]!.hosts));
  });

  let pool: Evaluation['pool'] = null;
  if (plan.kind === 'pool') {
    const poolGB = plan.poolGB ?? 0;
    const forecast = forecastPool(withReading, poolGB, cycle);
    const exhaustsOn = forecast?.exhaustsOnDay == null ? null : formatDate(forecast.exhaustsOnDay);
    pool = {
      sizeGB: poolGB,
      demandGB: totalDemandGB,
      allocatedGB: budgetGB.reduce((s, b) => s + b, 0),
      usedGB: forecast?.usedGB ?? null,
      forecastGB: forecast?.forecastGB ?? null,
      exhaustsOn,
    };
    if (forecast && forecast.forecastGB > poolGB + ONE_BYTE_GB) {
      warnings.forecast.push(warn.poolForecastOverBudget(forecast.forecastGB, poolGB, exhaustsOn));
    }
  }

  return {
    cycle: { start: formatDate(cycle.startDay), end: formatDate(cycle.endDay), days: cycle.days },
    lines: results,
    hotspot: hotspot.assignments,
    hotspotOverflowGB: hotspot.overflowGB,
    pool,
    cost: planCost(plan, lines),
    warnings: [
      ...warnings.plan,
      ...warnings.premium,
      ...warnings.hotspot,
      ...warnings.noHost,
      ...warnings.forecast,
      ...warnings.esim,
    ],
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
