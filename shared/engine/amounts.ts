/**
 * Comparisons of GB amounts. Sums of decimal GB carry binary floating-point
 * noise (0.1 + 0.2 > 0.3), so differences below one byte (1e-9 GB) are treated
 * as zero: a line whose demand equals its premium allowance "to the byte" is
 * not reported as exceeding it.
 */
export const ONE_BYTE_GB = 1e-9;

/** max(0, amountGB − limitGB), 0 when the limit is null (no threshold) or the excess is below one byte. */
export function excessGB(amountGB: number, limitGB: number | null): number {
  if (limitGB === null) return 0;
  const excess = amountGB - limitGB;
  return excess > ONE_BYTE_GB ? excess : 0;
}

/** The smallest of the given limits, treating null as unlimited (Infinity). */
export function minLimit(...limitsGB: (number | null)[]): number {
  let min = Infinity;
  for (const l of limitsGB) if (l !== null && l < min) min = l;
  return min;
}

/** Formats GB for an English message: at most 2 decimals, no trailing zeros (57.5, 58, 0.33). */
export function formatGB(gb: number): string {
  const rounded = Math.round((gb + Number.EPSILON) * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
