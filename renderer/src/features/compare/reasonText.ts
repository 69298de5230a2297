/**
 * The engine words why a plan does not fit in English, with numbers and the
 * scenario's line ids ("line mom: data 5 GB < demand 8 GB"). The patterns it
 * uses (shared/engine/compare.ts) are said again here in the user's language,
 * with line names; a reason of any other shape is shown as given.
 */
import type { TFunction } from 'i18next';

const GB = '(-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)';
const POOL = new RegExp(`^pool ${GB} GB < demand ${GB} GB$`);
const DATA = new RegExp(`^line (.+): data ${GB} GB < demand ${GB} GB$`);
const HOTSPOT = new RegExp(`^line (.+): hotspot ${GB} GB < load ${GB} GB$`);
const PREMIUM = new RegExp(`^line (.+): premium ${GB} GB < demand ${GB} GB$`);
const NO_TIER = /^line (.+): no tier fits \((.*)\)$/;
const NEEDS_DEMAND = new RegExp(`^demand ${GB} GB$`);
const NEEDS_HOTSPOT = new RegExp(`^hotspot ${GB} GB$`);
const NO_ESIM = /^no eSIM support \(eSIM-only device on (.+)\)$/;
const ESIM_UNKNOWN = /^eSIM support unknown \(eSIM-only device on (.+)\)$/;

export interface ReasonContext {
  t: TFunction<'compare'>;
  gb(value: number): string;
  /** A line's name from the id the engine used. */
  lineName(id: string): string;
  list(names: string[]): string;
}

export function reasonText(reason: string, ctx: ReasonContext): string {
  const { t, lineName } = ctx;
  const gb = (text: string | undefined) => ctx.gb(Number(text));
  const lines = (ids: string | undefined) => ctx.list((ids ?? '').split(', ').map(lineName));

  let m = POOL.exec(reason);
  if (m) return t('reasons.pool', { pool: gb(m[1]), demand: gb(m[2]) });
  m = DATA.exec(reason);
  if (m) return t('reasons.data', { line: lineName(m[1] ?? ''), data: gb(m[2]), demand: gb(m[3]) });
  m = HOTSPOT.exec(reason);
  if (m) return t('reasons.hotspot', { line: lineName(m[1] ?? ''), hotspot: gb(m[2]), load: gb(m[3]) });
  m = PREMIUM.exec(reason);
  if (m) return t('reasons.premium', { line: lineName(m[1] ?? ''), premium: gb(m[2]), demand: gb(m[3]) });
  m = NO_TIER.exec(reason);
  if (m) {
    const needs: string[] = [];
    for (const part of (m[2] ?? '').split(', ')) {
      const demand = NEEDS_DEMAND.exec(part);
      const hotspot = NEEDS_HOTSPOT.exec(part);
      if (demand) needs.push(t('reasons.needsDemand', { gb: gb(demand[1]) }));
      else if (hotspot) needs.push(t('reasons.needsHotspot', { gb: gb(hotspot[1]) }));
      else if (part === 'needs premium data') needs.push(t('reasons.needsPremium'));
      else needs.push(part);
    }
    return t('reasons.noTier', { line: lineName(m[1] ?? ''), needs: ctx.list(needs) });
  }
  m = NO_ESIM.exec(reason);
  if (m) return t('reasons.noEsim', { lines: lines(m[1]) });
  m = ESIM_UNKNOWN.exec(reason);
  if (m) return t('reasons.esimUnknown', { lines: lines(m[1]) });
  return reason;
}
