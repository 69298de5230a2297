/**
 * Why a plan does not fit, as data: a code, the line it is about and the
 * numbers behind it. The edges say it: the page in the user's language, the
 * CLI in English ("pool 50 GB < demand 58 GB") through shared/i18n/render.ts.
 */
import type { ReasonDetail } from './types';

export type Reason = ReasonDetail;

export function poolTooSmall(poolGB: number, demandGB: number): Reason {
  return { code: 'POOL_TOO_SMALL', line: null, values: { poolGB, demandGB } };
}

export function dataTooSmall(line: string, dataGB: number, demandGB: number): Reason {
  return { code: 'DATA_TOO_SMALL', line, values: { dataGB, demandGB } };
}

export function hotspotTooSmall(line: string, hotspotGB: number, loadGB: number): Reason {
  return { code: 'HOTSPOT_TOO_SMALL', line, values: { hotspotGB, loadGB } };
}

export function premiumTooSmall(line: string, premiumGB: number, demandGB: number): Reason {
  return { code: 'PREMIUM_TOO_SMALL', line, values: { premiumGB, demandGB } };
}

/** A hotspot load of 0 is left out of the sentence: it fits any tier. */
export function noTierFits(line: string, demandGB: number, hotspotLoadGB: number, needsPremium: boolean): Reason {
  return { code: 'NO_TIER_FITS', line, values: { demandGB, hotspotLoadGB, needsPremium } };
}

/** The plan says it has no eSIM support, and these lines have an eSIM-only device. */
export function esimMissing(esimOnlyLines: readonly string[]): Reason {
  return { code: 'NO_ESIM', line: null, lines: [...esimOnlyLines], values: {} };
}

// Unknown facts, listed in `unknowns` ("price for 4 lines").

export function esimUnknown(plan: string, esimOnlyLines: readonly string[]): Reason {
  return { code: 'ESIM_UNKNOWN', line: null, lines: [...esimOnlyLines], values: { plan } };
}

export function priceUnknown(lineCount: number): Reason {
  return { code: 'PRICE_UNKNOWN', line: null, values: { lines: lineCount } };
}

const TERM_CODE = {
  dataGB: 'DATA_UNKNOWN',
  premiumGB: 'PREMIUM_UNKNOWN',
  hotspotGB: 'HOTSPOT_UNKNOWN',
} as const;

/** A tier's term no source gave, which the named lines' needs depend on. */
export function termUnknown(
  term: 'dataGB' | 'premiumGB' | 'hotspotGB',
  tier: string,
  lines: readonly string[],
): Reason {
  const code = TERM_CODE[term];
  return { code, line: null, lines: [...lines], values: { tier } };
}
