/**
 * "Which line eats our data?": per line, the totals of past cycles next to
 * this cycle's forecast, and per hotspot host how much of its hotspot
 * allowance the devices that tether to it use. Pure shaping of stored
 * history and an evaluation; the numbers themselves come from the user and
 * the engine.
 */
import { termsOfLine } from '../engine/terms';

export interface PastCycleTotal {
  lineId: string;
  cycleStart: string;
  usedGB: number;
}

export interface LineHistory {
  lineId: string;
  /** One entry per cycle of `cycles`, null where the line has no total for it. */
  pastGB: (number | null)[];
  /** This cycle so far, and where the forecast says it ends; null without a reading. */
  usedGB: number | null;
  forecastGB: number | null;
}

export interface UsageHistory {
  /** Start dates of the past cycles shown, oldest first. */
  cycles: string[];
  lines: LineHistory[];
}

/**
 * The last `maxCycles` past cycles that any line has a total for (cycles that
 * start before the current one), oldest first. Of two totals of one line for
 * the same cycle, the last listed counts, as in the forecast.
 */
export function usageHistory(
  lineIds: readonly string[],
  history: readonly PastCycleTotal[],
  current: {
    cycleStart: string;
    lines: ReadonlyArray<{ id: string; usedGB: number | null; forecastGB: number | null }>;
  } | null,
  maxCycles = 6,
): UsageHistory {
  const past = current ? history.filter((h) => h.cycleStart < current.cycleStart) : history;
  const cycles = [...new Set(past.map((h) => h.cycleStart))].sort().slice(-maxCycles);
  const totals = new Map<string, number>();
  for (const h of past) totals.set(`${h.lineId}|${h.cycleStart}`, h.usedGB);
  const now = new Map(current?.lines.map((l) => [l.id, l]) ?? []);
  return {
    cycles,
    lines: lineIds.map((lineId) => ({
      lineId,
      pastGB: cycles.map((start) => totals.get(`${lineId}|${start}`) ?? null),
      usedGB: now.get(lineId)?.usedGB ?? null,
      forecastGB: now.get(lineId)?.forecastGB ?? null,
    })),
  };
}

export interface HotspotHostUse {
  lineId: string;
  /** Monthly hotspot load of the devices assigned to this host. */
  loadGB: number;
  /** The line's effective hotspot allowance; null = unlimited high-speed hotspot. */
  allowanceGB: number | null;
  overGB: number;
}

/**
 * Hosts that carry hotspot load, with their allowance as the plan's terms
 * give it (the line's own, else its tier's; plans keep no plan-wide hotspot
 * term of their own here, so without either it is unlimited).
 */
export function hotspotHostUse(
  plan: {
    tiers: ReadonlyArray<{ name: string; dataGB: number | null; premiumGB: number | null; hotspotGB: number | null }>;
  },
  lines: ReadonlyArray<{
    id: string;
    tier: string | null;
    dataGB: number | null;
    premiumGB: number | null;
    hotspotGB: number | null;
  }>,
  evaluation: { lines: ReadonlyArray<{ id: string; hotspotLoadGB: number; hotspotOverGB: number }> },
): HotspotHostUse[] {
  const planTerms = {
    dataGB: null,
    premiumGB: null,
    hotspotGB: null,
    tiers: plan.tiers.map((t) => ({ ...t, pricePerLine: [] })),
  };
  const result: HotspotHostUse[] = [];
  for (const line of lines) {
    const evaluated = evaluation.lines.find((l) => l.id === line.id);
    if (!evaluated || evaluated.hotspotLoadGB <= 0) continue;
    result.push({
      lineId: line.id,
      loadGB: evaluated.hotspotLoadGB,
      allowanceGB: termsOfLine(planTerms, line).hotspotGB,
      overGB: evaluated.hotspotOverGB,
    });
  }
  return result;
}
