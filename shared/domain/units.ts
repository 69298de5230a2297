/**
 * Units. Carriers bill in decimal gigabytes (1 GB = 10^9 bytes), so every
 * amount of data in the domain is a number of decimal GB; the store keeps
 * integer bytes and converts at its edge.
 */
export const BYTES_PER_GB = 1_000_000_000;

/** Largest amount the app accepts anywhere: 1 PB keeps bytes well inside 2^53. */
export const MAX_GB = 1_000_000;

export function gbToBytes(gb: number): number {
  return Math.round(gb * BYTES_PER_GB);
}

export function bytesToGB(bytes: number): number {
  return bytes / BYTES_PER_GB;
}

/** Rounds to 2 decimals for printing only; the engine never rounds inputs. */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** Line weights in a shared pool: the range the schemas accept, which keeps water-filling finite. */
export const WEIGHT_MIN = 0.01;
export const WEIGHT_MAX = 100;
