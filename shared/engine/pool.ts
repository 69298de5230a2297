/**
 * Shared-pool allocation (docs/planning-model.md, section 4), weighted max-min fairness.
 *
 * Per line i: demand d_i, cap c_i (null = none), floor f_i, weight w_i > 0.
 *   e_i = min(d_i, c_i)                      effective demand
 *   Σ e_i ≤ P   →  b_i = e_i
 *   otherwise   →  b_i = min(e_i, max(min(f_i, e_i), w_i·λ)) with λ ≥ 0 such that Σ b_i = P
 *   Σ min(f_i, e_i) > P  →  floors scaled to fit: b_i = min(f_i, e_i)·P / Σ min(f_j, e_j)
 *
 * S(λ) = Σ min(e_i, max(g_i, w_i·λ)) (g_i = min(f_i, e_i)) is continuous,
 * non-decreasing and linear between the breakpoints g_i/w_i and e_i/w_i, so λ
 * is solved exactly: binary-search the first breakpoint where S reaches P and
 * interpolate on that segment. No iterative tolerance.
 *
 * Weights are taken within WEIGHT_MIN…WEIGHT_MAX (what the schemas accept), so
 * every breakpoint is at most MAX_GB / WEIGHT_MIN and finite: no Infinity, no
 * 0·Infinity = NaN, no budgets summing past the pool. A weight outside the
 * range (only possible for a caller that skips validation) is clamped into it.
 *
 * Example: P = 30, demands 20, 15, 5, no caps or floors, weights 1 → Σ e = 40 > 30;
 * λ = 12.5: budgets 12.5, 12.5, 5.
 */

import { WEIGHT_MAX, WEIGHT_MIN } from '../domain/units';

export type PoolLine = { demandGB: number; capGB: number | null; floorGB: number; weight: number };

export type PoolAllocation = {
  /** b_i, in input order. */
  budgetsGB: number[];
  /** e_i = min(d_i, c_i). */
  effectiveDemandGB: number[];
  /** Σ min(f_i, e_i): the floors that apply. */
  floorsGB: number;
  /** Σ e_i > P: the pool could not give every line its effective demand. */
  waterFilled: boolean;
  /** The floors alone exceeded the pool and were scaled down (FLOORS_EXCEED_POOL). */
  floorsScaled: boolean;
  /** Water level λ (GB per unit of weight) when water-filled; null otherwise. */
  level: number | null;
};

export function allocatePool(lines: readonly PoolLine[], poolGB: number): PoolAllocation {
  const e = lines.map((l) => Math.max(0, Math.min(l.demandGB, l.capGB ?? Infinity)));
  const g = lines.map((l, i) => Math.max(0, Math.min(l.floorGB, e[i]!)));
  const sumE = sum(e);
  const floorsGB = sum(g);
  const base = { effectiveDemandGB: e, floorsGB };
  if (sumE <= poolGB) {
    return { ...base, budgetsGB: e.slice(), waterFilled: false, floorsScaled: false, level: null };
  }
  if (floorsGB > poolGB) {
    const scale = floorsGB > 0 ? poolGB / floorsGB : 0;
    return { ...base, budgetsGB: g.map((x) => x * scale), waterFilled: true, floorsScaled: true, level: null };
  }
  const w = lines.map((l) => clampWeight(l.weight));
  const filled = (lambda: number): number => {
    let s = 0;
    for (let i = 0; i < e.length; i++) s += Math.min(e[i]!, Math.max(g[i]!, w[i]! * lambda));
    return s;
  };
  const breakpoints: number[] = [];
  for (let i = 0; i < e.length; i++) {
    if (!(w[i]! > 0) || e[i]! <= g[i]!) continue;
    breakpoints.push(g[i]! / w[i]!, e[i]! / w[i]!);
  }
  breakpoints.sort((a, b) => a - b);
  // S(last breakpoint) = Σ e_i > P, so the first breakpoint reaching P exists.
  let lo = 0;
  let hi = breakpoints.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (filled(breakpoints[mid]!) >= poolGB) hi = mid;
    else lo = mid + 1;
  }
  const upper = breakpoints[lo] ?? 0;
  const lower = lo > 0 ? Math.max(0, breakpoints[lo - 1]!) : 0;
  const sLower = filled(lower);
  const sUpper = filled(upper);
  const level = sUpper > sLower ? lower + ((poolGB - sLower) * (upper - lower)) / (sUpper - sLower) : lower;
  const budgetsGB = e.map((ei, i) => Math.min(ei, Math.max(g[i]!, w[i]! * level)));
  // Interpolation can overshoot P by floating-point noise; trim it from the lines set by the water level
  // (above their floor, below their effective demand) so Σ b_i never exceeds P.
  const over = sum(budgetsGB) - poolGB;
  if (over > 0) {
    const atLevel = budgetsGB.map((b, i) => (b > g[i]! && b < e[i]! ? b - g[i]! : 0));
    const above = sum(atLevel);
    if (above > 0) for (let i = 0; i < budgetsGB.length; i++) budgetsGB[i]! -= (over * atLevel[i]!) / above;
  }
  return { ...base, budgetsGB, waterFilled: true, floorsScaled: false, level };
}

function clampWeight(weight: number): number {
  if (!Number.isFinite(weight)) return weight > 0 ? WEIGHT_MAX : 1;
  return Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, weight));
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
