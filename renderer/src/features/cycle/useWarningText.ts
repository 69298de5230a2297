/**
 * A plan warning said for people, in the user's language: what happened,
 * what it means for the family and what they can do. Built from the
 * warning's `code` and `values` (never its English `message`), with lines and
 * devices joined to the names the family gave them.
 */
import { useTranslation } from 'react-i18next';
import type { PlanWarning } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { formatIsoDate } from './dates';
import { formatList } from '@shared/i18n/list';

export interface WarningText {
  title: string;
  body: string;
  action: string;
}

type Values = NonNullable<PlanWarning['values']>;
/** The message blocks of the warnings, one a code (limit warnings one a basis). */
type WarningKey =
  | Exclude<PlanWarning['code'], 'FORECAST_OVER_LIMIT' | 'DEMAND_OVER_LIMIT'>
  | `${'FORECAST_OVER_LIMIT' | 'DEMAND_OVER_LIMIT'}_${'cap' | 'data'}`;

const numberOf = (values: Values | undefined, key: string): number => {
  const v = values?.[key];
  return typeof v === 'number' ? v : 0;
};

const stringOf = (values: Values | undefined, key: string): string | null => {
  const v = values?.[key];
  return typeof v === 'string' && v !== '' ? v : null;
};

export function useWarningText(): (warning: PlanWarning) => WarningText {
  const { t } = useTranslation('cycle');
  const format = useFormat();
  const lines = useStore((s) => s.lines);
  const devices = useStore((s) => s.devices);
  // A line over its share is told when the pool runs out, which is the pool's date, not the line's.
  const poolRunsOut = useStore((s) => s.evaluation?.pool?.exhaustsOn ?? null);

  const lineName = (id: string | null) => lines.find((l) => l.id === id)?.name ?? t('warnings.unknownLine');
  const deviceName = (id: string | null) => devices.find((d) => d.id === id)?.name ?? t('warnings.unknownDevice');
  const list = (names: string[], type: 'conjunction' | 'disjunction') => formatList(names, format.locale, type);
  const gbOf = (values: Values | undefined, key: string) => format.gb(numberOf(values, key));
  const dateOf = (values: Values | undefined, key: string) => {
    const date = stringOf(values, key);
    return date === null ? null : formatIsoDate(date, format.locale);
  };
  // Chinese runs sentences together; English puts a space between them.
  const then = (sentence: string) => (format.locale === 'zh-CN' ? sentence : ` ${sentence}`);
  const basisOf = (values: Values | undefined): 'cap' | 'data' =>
    stringOf(values, 'basis') === 'data' ? 'data' : 'cap';
  /** A warning's text: its title (naming the line or device, if any), the body as built, and what to do. */
  const said = (key: WarningKey, body: string, titleValues: { line?: string; device?: string } = {}): WarningText => ({
    title: t(`warnings.${key}.title`, titleValues),
    body,
    action: t(`warnings.${key}.action`),
  });

  return (w) => {
    const v = w.values;
    switch (w.code) {
      case 'POOL_OVERSUBSCRIBED': {
        const args = { demand: gbOf(v, 'demandGB'), pool: gbOf(v, 'poolGB'), short: gbOf(v, 'shortGB') };
        return said('POOL_OVERSUBSCRIBED', t('warnings.POOL_OVERSUBSCRIBED.body', args));
      }
      case 'FLOORS_EXCEED_POOL': {
        const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
          numberOf(v, 'scale'),
        );
        return said(
          'FLOORS_EXCEED_POOL',
          t('warnings.FLOORS_EXCEED_POOL.body', {
            floors: gbOf(v, 'floorsGB'),
            pool: gbOf(v, 'poolGB'),
            percent,
          }),
        );
      }
      case 'PREMIUM_EXCEEDED': {
        const line = lineName(w.line);
        const args = { line, demand: gbOf(v, 'demandGB'), premium: gbOf(v, 'premiumGB'), over: gbOf(v, 'overGB') };
        return said('PREMIUM_EXCEEDED', t('warnings.PREMIUM_EXCEEDED.body', args), { line });
      }
      case 'HOTSPOT_EXCEEDED': {
        const line = lineName(w.line);
        const args = { line, load: gbOf(v, 'loadGB'), hotspot: gbOf(v, 'hotspotGB'), over: gbOf(v, 'overGB') };
        return said('HOTSPOT_EXCEEDED', t('warnings.HOTSPOT_EXCEEDED.body', args), { line });
      }
      case 'NO_HOTSPOT_HOST': {
        const device = deviceName(w.device);
        const hostIds = devices.find((d) => d.id === w.device)?.hotspotFrom ?? [];
        const hosts = hostIds.map((id) => lineName(id));
        return said(
          'NO_HOTSPOT_HOST',
          hosts.length > 0
            ? t('warnings.NO_HOTSPOT_HOST.body', { device, hosts: list(hosts, 'disjunction') })
            : t('warnings.NO_HOTSPOT_HOST.bodyNoHosts', { device }),
          { device },
        );
      }
      case 'FORECAST_OVER_POOL': {
        const args = { forecast: gbOf(v, 'forecastGB'), pool: gbOf(v, 'poolGB') };
        const date = dateOf(v, 'exhaustsOn');
        return said(
          'FORECAST_OVER_POOL',
          t('warnings.FORECAST_OVER_POOL.body', args) +
            (date === null ? '' : then(t('warnings.FORECAST_OVER_POOL.runsOut', { date }))),
        );
      }
      case 'FORECAST_OVER_LIMIT': {
        const line = lineName(w.line);
        const key = `FORECAST_OVER_LIMIT_${basisOf(v)}` as const;
        const date = dateOf(v, 'exhaustsOn');
        const args = { line, forecast: gbOf(v, 'forecastGB'), limit: gbOf(v, 'limitGB') };
        return said(
          key,
          t(`warnings.${key}.body`, args) + (date === null ? '' : then(t(`warnings.${key}.runsOut`, { date }))),
          { line },
        );
      }
      case 'DEMAND_OVER_LIMIT': {
        const line = lineName(w.line);
        const key = `DEMAND_OVER_LIMIT_${basisOf(v)}` as const;
        const args = { line, demand: gbOf(v, 'demandGB'), limit: gbOf(v, 'limitGB') };
        return said(key, t(`warnings.${key}.body`, args), { line });
      }
      case 'FORECAST_OVER_PREMIUM': {
        const line = lineName(w.line);
        const date = dateOf(v, 'reachedOn');
        const args = { line, premium: gbOf(v, 'premiumGB'), forecast: gbOf(v, 'forecastGB') };
        return said(
          'FORECAST_OVER_PREMIUM',
          date === null
            ? t('warnings.FORECAST_OVER_PREMIUM.bodyNoDate', args)
            : t('warnings.FORECAST_OVER_PREMIUM.body', { ...args, date }),
          { line },
        );
      }
      case 'FORECAST_OVER_SHARE': {
        const line = lineName(w.line);
        const date = poolRunsOut === null ? null : formatIsoDate(poolRunsOut, format.locale);
        const args = { line, share: gbOf(v, 'shareGB'), forecast: gbOf(v, 'forecastGB') };
        return said(
          'FORECAST_OVER_SHARE',
          date === null
            ? t('warnings.FORECAST_OVER_SHARE.bodyNoDate', args)
            : t('warnings.FORECAST_OVER_SHARE.body', { ...args, date }),
          { line },
        );
      }
      case 'ESIM_UNSUPPORTED': {
        const line = lineName(w.line);
        const esimOnly = devices.filter((d) => d.lineId === w.line && d.sim === 'esim').map((d) => d.name);
        return said(
          'ESIM_UNSUPPORTED',
          esimOnly.length > 0
            ? t('warnings.ESIM_UNSUPPORTED.body', { line, devices: list(esimOnly, 'conjunction') })
            : t('warnings.ESIM_UNSUPPORTED.bodyNoDevices', { line }),
          { line },
        );
      }
    }
  };
}
