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

  return (w) => {
    const v = w.values;
    switch (w.code) {
      case 'POOL_OVERSUBSCRIBED': {
        const args = { demand: gbOf(v, 'demandGB'), pool: gbOf(v, 'poolGB'), short: gbOf(v, 'shortGB') };
        return {
          title: t('warnings.POOL_OVERSUBSCRIBED.title'),
          body: t('warnings.POOL_OVERSUBSCRIBED.body', args),
          action: t('warnings.POOL_OVERSUBSCRIBED.action'),
        };
      }
      case 'FLOORS_EXCEED_POOL': {
        const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
          numberOf(v, 'scale'),
        );
        return {
          title: t('warnings.FLOORS_EXCEED_POOL.title'),
          body: t('warnings.FLOORS_EXCEED_POOL.body', {
            floors: gbOf(v, 'floorsGB'),
            pool: gbOf(v, 'poolGB'),
            percent,
          }),
          action: t('warnings.FLOORS_EXCEED_POOL.action'),
        };
      }
      case 'PREMIUM_EXCEEDED': {
        const line = lineName(w.line);
        const args = { line, demand: gbOf(v, 'demandGB'), premium: gbOf(v, 'premiumGB'), over: gbOf(v, 'overGB') };
        return {
          title: t('warnings.PREMIUM_EXCEEDED.title', { line }),
          body: t('warnings.PREMIUM_EXCEEDED.body', args),
          action: t('warnings.PREMIUM_EXCEEDED.action'),
        };
      }
      case 'HOTSPOT_EXCEEDED': {
        const line = lineName(w.line);
        const args = { line, load: gbOf(v, 'loadGB'), hotspot: gbOf(v, 'hotspotGB'), over: gbOf(v, 'overGB') };
        return {
          title: t('warnings.HOTSPOT_EXCEEDED.title', { line }),
          body: t('warnings.HOTSPOT_EXCEEDED.body', args),
          action: t('warnings.HOTSPOT_EXCEEDED.action'),
        };
      }
      case 'NO_HOTSPOT_HOST': {
        const device = deviceName(w.device);
        const hostIds = devices.find((d) => d.id === w.device)?.hotspotFrom ?? [];
        const hosts = hostIds.map((id) => lineName(id));
        return {
          title: t('warnings.NO_HOTSPOT_HOST.title', { device }),
          body:
            hosts.length > 0
              ? t('warnings.NO_HOTSPOT_HOST.body', { device, hosts: list(hosts, 'disjunction') })
              : t('warnings.NO_HOTSPOT_HOST.bodyNoHosts', { device }),
          action: t('warnings.NO_HOTSPOT_HOST.action'),
        };
      }
      case 'FORECAST_OVER_POOL': {
        const args = { forecast: gbOf(v, 'forecastGB'), pool: gbOf(v, 'poolGB') };
        const date = dateOf(v, 'exhaustsOn');
        return {
          title: t('warnings.FORECAST_OVER_POOL.title'),
          body:
            t('warnings.FORECAST_OVER_POOL.body', args) +
            (date === null ? '' : then(t('warnings.FORECAST_OVER_POOL.runsOut', { date }))),
          action: t('warnings.FORECAST_OVER_POOL.action'),
        };
      }
      case 'FORECAST_OVER_LIMIT': {
        const line = lineName(w.line);
        const key = `FORECAST_OVER_LIMIT_${basisOf(v)}` as const;
        const date = dateOf(v, 'exhaustsOn');
        const args = { line, forecast: gbOf(v, 'forecastGB'), limit: gbOf(v, 'limitGB') };
        return {
          title: t(`warnings.${key}.title`, { line }),
          body: t(`warnings.${key}.body`, args) + (date === null ? '' : then(t(`warnings.${key}.runsOut`, { date }))),
          action: t(`warnings.${key}.action`),
        };
      }
      case 'DEMAND_OVER_LIMIT': {
        const line = lineName(w.line);
        const key = `DEMAND_OVER_LIMIT_${basisOf(v)}` as const;
        const args = { line, demand: gbOf(v, 'demandGB'), limit: gbOf(v, 'limitGB') };
        return {
          title: t(`warnings.${key}.title`, { line }),
          body: t(`warnings.${key}.body`, args),
          action: t(`warnings.${key}.action`),
        };
      }
      case 'FORECAST_OVER_PREMIUM': {
        const line = lineName(w.line);
        const date = dateOf(v, 'reachedOn');
        const args = { line, premium: gbOf(v, 'premiumGB'), forecast: gbOf(v, 'forecastGB') };
        return {
          title: t('warnings.FORECAST_OVER_PREMIUM.title', { line }),
          body:
            date === null
              ? t('warnings.FORECAST_OVER_PREMIUM.bodyNoDate', args)
              : t('warnings.FORECAST_OVER_PREMIUM.body', { ...args, date }),
          action: t('warnings.FORECAST_OVER_PREMIUM.action'),
        };
      }
      case 'FORECAST_OVER_SHARE': {
        const line = lineName(w.line);
        const date = poolRunsOut === null ? null : formatIsoDate(poolRunsOut, format.locale);
        const args = { line, share: gbOf(v, 'shareGB'), forecast: gbOf(v, 'forecastGB') };
        return {
          title: t('warnings.FORECAST_OVER_SHARE.title', { line }),
          body:
            date === null
              ? t('warnings.FORECAST_OVER_SHARE.bodyNoDate', args)
              : t('warnings.FORECAST_OVER_SHARE.body', { ...args, date }),
          action: t('warnings.FORECAST_OVER_SHARE.action'),
        };
      }
      case 'ESIM_UNSUPPORTED': {
        const line = lineName(w.line);
        const esimOnly = devices.filter((d) => d.lineId === w.line && d.sim === 'esim').map((d) => d.name);
        return {
          title: t('warnings.ESIM_UNSUPPORTED.title', { line }),
          body:
            esimOnly.length > 0
              ? t('warnings.ESIM_UNSUPPORTED.body', { line, devices: list(esimOnly, 'conjunction') })
              : t('warnings.ESIM_UNSUPPORTED.bodyNoDevices', { line }),
          action: t('warnings.ESIM_UNSUPPORTED.action'),
        };
      }
    }
  };
}
