/**
 * Why a plan does not fit: the English sentence DESIGN's compare output prints
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

/** `esim` is the plan's eSIM support: false (none) or null (unknown). */
export function esimMissing(esim: false | null, esimOnlyLines: readonly string[]): Reason {
  const on = esimOnlyLines.join(', ');
  return esim === false
    ? {
        text: `no eSIM support (eSIM-only device on ${on})`,
        detail: { code: 'NO_ESIM', line: null, lines: [...esimOnlyLines], values: {} },
      }
    : {
        text: `eSIM support unknown (eSIM-only device on ${on})`,
        detail: { code: 'ESIM_UNKNOWN', line: null, lines: [...esimOnlyLines], values: {} },
      };
}
