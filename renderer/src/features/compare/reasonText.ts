/**
 * Why a plan does not fit, in the user's language, with line names: said from
 * the engine's `details` (a code and the numbers behind it). The English
 * reason is shown as given when it has no detail the page knows how to say.
 */
import type { TFunction } from 'i18next';
import type { ReasonDetail } from '@shared/engine/types';

export interface ReasonContext {
  t: TFunction<'compare'>;
  gb(value: number): string;
  /** A line's name from its database id. */
  lineName(id: string): string;
  list(names: string[]): string;
}

export function reasonText(reason: string, detail: ReasonDetail | undefined, ctx: ReasonContext): string {
  if (detail === undefined) return reason;
  const { t } = ctx;
  const value = detail.values;
  const gb = (key: string): string | null => {
    const v = value[key];
    return typeof v === 'number' ? ctx.gb(v) : null;
  };
  const line = detail.line === null ? null : ctx.lineName(detail.line);
  const lines = ctx.list((detail.lines ?? []).map(ctx.lineName));

  switch (detail.code) {
    case 'POOL_TOO_SMALL': {
      const [pool, demand] = [gb('poolGB'), gb('demandGB')];
      return pool === null || demand === null ? reason : t('reasons.pool', { pool, demand });
    }
    case 'DATA_TOO_SMALL': {
      const [data, demand] = [gb('dataGB'), gb('demandGB')];
      return line === null || data === null || demand === null ? reason : t('reasons.data', { line, data, demand });
    }
    case 'HOTSPOT_TOO_SMALL': {
      const [hotspot, load] = [gb('hotspotGB'), gb('loadGB')];
      return line === null || hotspot === null || load === null
        ? reason
        : t('reasons.hotspot', { line, hotspot, load });
    }
    case 'PREMIUM_TOO_SMALL': {
      const [premium, demand] = [gb('premiumGB'), gb('demandGB')];
      return line === null || premium === null || demand === null
        ? reason
        : t('reasons.premium', { line, premium, demand });
    }
    case 'NO_TIER_FITS': {
      const demand = gb('demandGB');
      if (line === null || demand === null) return reason;
      const needs = [t('reasons.needsDemand', { gb: demand })];
      // A hotspot load of 0 fits any tier, so the engine leaves it out too.
      const load = value.hotspotLoadGB;
      if (typeof load === 'number' && load > 0) needs.push(t('reasons.needsHotspot', { gb: ctx.gb(load) }));
      if (value.needsPremium === true) needs.push(t('reasons.needsPremium'));
      return t('reasons.noTier', { line, needs: ctx.list(needs) });
    }
    case 'NO_ESIM':
      return t('reasons.noEsim', { lines });
    case 'ESIM_UNKNOWN':
      return t('reasons.esimUnknown', { lines });
    default:
      return reason;
  }
}

/** An unknown fact that decides whether a plan fits ("the price for 3 lines"), from its code and values. */
export function unknownText(phrase: string, detail: ReasonDetail | undefined, ctx: ReasonContext): string {
  if (detail === undefined) return phrase;
  const { t } = ctx;
  const v = detail.values;
  const tier = typeof v.tier === 'string' ? v.tier : '';
  switch (detail.code) {
    case 'PRICE_UNKNOWN':
      return typeof v.lines === 'number' ? t('unknown.price', { count: v.lines }) : phrase;
    case 'DATA_UNKNOWN':
      return t('unknown.data', { tier });
    case 'PREMIUM_UNKNOWN':
      return t('unknown.premium', { tier });
    case 'HOTSPOT_UNKNOWN':
      return t('unknown.hotspot', { tier });
    case 'ESIM_UNKNOWN':
      return t('unknown.esim', { plan: typeof v.plan === 'string' ? v.plan : '' });
    default:
      return phrase;
  }
}
