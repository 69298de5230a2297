/**
 * Why a plan does not fit: the English sentence the CLI's compare output prints
 * ("pool 50 GB < demand 58 GB") and the same reason as data (a code, the line
 * it is about, the numbers behind it) so the UI can say it in the user's
 * language. Both are written here, side by side, so they cannot drift apart.
 */
import { formatGB } from './amounts';
import type { ReasonDetail } from './types';

export interface Reason {
  text: string;
  detail: ReasonDetail;
}

export function poolTooSmall(poolGB: number, demandGB: number): Reason {
  return {
    text: `pool ${formatGB(poolGB)} GB < demand ${formatGB(demandGB)} GB`,
    detail: { code: 'POOL_TOO_SMALL', line: null, values: { poolGB, demandGB } },
  };
}

export function dataTooSmall(line: string, dataGB: number, demandGB: number): Reason {
  return {
    text: `line ${line}: data ${formatGB(dataGB)} GB < demand ${formatGB(demandGB)} GB`,
    detail: { code: 'DATA_TOO_SMALL', line, values: { dataGB, demandGB } },
  };
}

export function hotspotTooSmall(line: string, hotspotGB: number, loadGB: number): Reason {
  return {
    text: `line ${line}: hotspot ${formatGB(hotspotGB)} GB < load ${formatGB(loadGB)} GB`,
    detail: { code: 'HOTSPOT_TOO_SMALL', line, values: { hotspotGB, loadGB } },
  };
}

export function premiumTooSmall(line: string, premiumGB: number, demandGB: number): Reason {
  return {
    text: `line ${line}: premium ${formatGB(premiumGB)} GB < demand ${formatGB(demandGB)} GB`,
    detail: { code: 'PREMIUM_TOO_SMALL', line, values: { premiumGB, demandGB } },
  };
}

/** A hotspot load of 0 is left out of the sentence: it fits any tier. */
export function noTierFits(line: string, demandGB: number, hotspotLoadGB: number, needsPremium: boolean): Reason {
  const parts = [`demand ${formatGB(demandGB)} GB`];
  if (hotspotLoadGB > 0) parts.push(`hotspot ${formatGB(hotspotLoadGB)} GB`);
  if (needsPremium) parts.push('needs premium data');
  return {
    text: `line ${line}: no tier fits (${parts.join(', ')})`,
    detail: { code: 'NO_TIER_FITS', line, values: { demandGB, hotspotLoadGB, needsPremium } },
  };
}

/** The plan says it has no eSIM support, and these lines have an eSIM-only device. */
export function esimMissing(esimOnlyLines: readonly string[]): Reason {
  const on = esimOnlyLines.join(', ');
  return {
    text: `no eSIM support (eSIM-only device on ${on})`,
    detail: { code: 'NO_ESIM', line: null, lines: [...esimOnlyLines], values: {} },
  };
}

// Unknown facts: phrases for `unknowns`, naming the fact ("price for 4 lines").

export function esimUnknown(plan: string, esimOnlyLines: readonly string[]): Reason {
  return {
    text: `eSIM support of ${plan}`,
    detail: { code: 'ESIM_UNKNOWN', line: null, lines: [...esimOnlyLines], values: { plan } },
  };
}

export function priceUnknown(lineCount: number): Reason {
  return {
    text: `price for ${lineCount} ${lineCount === 1 ? 'line' : 'lines'}`,
    detail: { code: 'PRICE_UNKNOWN', line: null, values: { lines: lineCount } },
  };
}

const TERM_PHRASE = {
  dataGB: { words: 'high-speed data', code: 'DATA_UNKNOWN' },
  premiumGB: { words: 'priority data', code: 'PREMIUM_UNKNOWN' },
  hotspotGB: { words: 'hotspot allowance', code: 'HOTSPOT_UNKNOWN' },
} as const;

/** A tier's term no source gave, which the named lines' needs depend on. */
export function termUnknown(
  term: 'dataGB' | 'premiumGB' | 'hotspotGB',
  tier: string,
  lines: readonly string[],
): Reason {
  const { words, code } = TERM_PHRASE[term];
  return {
    text: `${words} of ${tier}`,
    detail: { code, line: null, lines: [...lines], values: { tier } },
  };
}
