/**
 * Printing: the engine keeps full precision; outputs are rounded to 2 decimals
 * only when printed. roundForOutput deep-copies any
 * JSON-like value (an Evaluation, a Comparison) rounding every number with
 * round2, so 15.749999 → 15.75 and 1/3 → 0.33; −0 becomes 0.
 */
import { round2 } from '../domain/units';

export function roundForOutput<T>(value: T): T {
  return roundDeep(value) as T;
}

function roundDeep(value: unknown): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return value;
    const r = round2(value);
    return r === 0 ? 0 : r;
  }
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = roundDeep(v);
    return out;
  }
  return value;
}
