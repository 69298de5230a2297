import { Flex, Link, Table, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Line } from '@shared/domain/schemas';
import type { LineResult } from '@shared/engine/types';
import { termsOfLine } from '@shared/engine/terms';
import { useFormat } from '@renderer/i18n/format';
import { useShallow, useStore } from '@renderer/store';
import { selectLineNames } from '../household/selectors';
import { formatIsoDate } from './dates';
import { TableSection } from './TableSection';

type Column = { header: string; end?: boolean; cell: (l: LineResult, line: Line | undefined) => ReactNode };

/**
 * Per line: what it needs, what it gets, and where it is heading this cycle.
 * Only the columns that mean something for the plan's kind are shown: on a
 * shared pool the line's share, cap, guaranteed minimum and weight; on a
 * per-line plan its priority data, hotspot and hard limit, as they apply
 * (a line's own term, else its tier's). Every amount in GB.
 */
export function LineResultsTable({ lines, onPool }: { lines: LineResult[]; onPool: boolean }) {
  const { t } = useTranslation('cycle');
  const format = useFormat();
  const lineNames = useStore(useShallow(selectLineNames));
  const storedLines = useStore((s) => s.lines);
  const plan = useStore((s) => s.plan);
  const none = t('noValue');
  const gbOrUnlimited = (gb: number | null) => (gb === null ? t('lines.unlimited') : format.gb(gb));
  const date = (iso: string) => formatIsoDate(iso, format.locale);
  // A stored plan keeps per-line terms on its lines or tiers, never on itself.
  const termsOf = (line: Line | undefined) =>
    line && plan ? termsOfLine({ dataGB: null, premiumGB: null, hotspotGB: null, tiers: plan.tiers }, line) : null;

  const needs: Column = {
    header: t('lines.columns.demand'),
    end: true,
    cell: (l) => (
      <Flex direction="column" align="end">
        <span>{format.gb(l.demandGB)}</span>
        {l.hotspotLoadGB > 0 ? (
          <Text size="1" color="gray">
            {t('lines.hotspotPart', { gb: format.gb(l.hotspotLoadGB) })}
          </Text>
        ) : null}
      </Flex>
    ),
  };
  const budget: Column = {
    header: t(onPool ? 'lines.columns.share' : 'lines.columns.budget'),
    end: true,
    cell: (l) => format.gb(l.budgetGB),
  };
  const unmet: Column = { header: t('lines.columns.unmet'), end: true, cell: (l) => <Amount gb={l.unmetGB} /> };
  const poolColumns: Column[] = [
    {
      header: t('lines.columns.cap'),
      end: true,
      cell: (l, line) => (
        <Flex direction="column" align="end">
          <span>{line?.capGB == null ? t('lines.noCap') : format.gb(line.capGB)}</span>
          {l.exhaustsOn !== null ? (
            <Text size="1" color="red">
              {t('lines.limitReached', { date: date(l.exhaustsOn) })}
            </Text>
          ) : null}
        </Flex>
      ),
    },
    { header: t('lines.columns.floor'), end: true, cell: (_l, line) => (line ? format.gb(line.floorGB) : none) },
    { header: t('lines.columns.weight'), end: true, cell: (_l, line) => (line ? format.number(line.weight) : none) },
  ];
  const perLineColumns: Column[] = [
    {
      header: t('lines.columns.premium'),
      end: true,
      cell: (l) => (
        <Flex direction="column" align="end">
          <span>{l.premiumGB === null || l.premiumGB === 0 ? t('lines.noPremium') : format.gb(l.premiumGB)}</span>
          {l.premiumReachedOn !== null ? (
            <Text size="1">{t('lines.premiumPassed', { date: date(l.premiumReachedOn) })}</Text>
          ) : l.premiumOverGB >= 0.005 ? (
            <Text size="1">{t('lines.premiumOver', { gb: format.gb(l.premiumOverGB) })}</Text>
          ) : null}
        </Flex>
      ),
    },
    {
      header: t('lines.columns.hotspot'),
      end: true,
      cell: (l, line) => {
        const allowance = termsOf(line)?.hotspotGB ?? null;
        const load = format.gb(l.hotspotLoadGB);
        const over = l.hotspotOverGB >= 0.005;
        return (
          <Text color={over ? 'amber' : undefined} weight={over ? 'medium' : undefined}>
            {allowance === null
              ? t('lines.hotspotUseUnlimited', { load })
              : t('lines.hotspotUse', { load, allowance: format.gb(allowance) })}
          </Text>
        );
      },
    },
    {
      header: t('lines.columns.limit'),
      end: true,
      cell: (l) =>
        l.limitGB === null
          ? t('lines.unlimited')
          : t(l.limitBasis === 'data' ? 'lines.dataLimit' : 'lines.capLimit', { gb: gbOrUnlimited(l.limitGB) }),
    },
  ];
  const used: Column = {
    header: t('lines.columns.used'),
    end: true,
    cell: (l) => (l.usedGB === null ? <Text color="gray">{t('lines.noReading')}</Text> : format.gb(l.usedGB)),
  };
  const forecast: Column = {
    header: t('lines.columns.forecast'),
    end: true,
    cell: (l) => (l.forecastGB === null ? none : format.gb(l.forecastGB)),
  };
  // On a pool a line never runs out by itself (only the pool does): its date is when it passes its share.
  const crossing: Column = onPool
    ? {
        header: t('lines.columns.shareExceededOn'),
        cell: (l) =>
          l.shareExceededOn !== null ? date(l.shareExceededOn) : l.forecastGB === null ? none : t('lines.withinShare'),
      }
    : {
        header: t('lines.columns.exhaustsOn'),
        cell: (l) =>
          l.exhaustsOn !== null ? (
            <Text color="red">{date(l.exhaustsOn)}</Text>
          ) : l.forecastGB === null ? (
            none
          ) : (
            t('lines.lasts')
          ),
      };
  const daily: Column = {
    header: t('lines.columns.dailyBudget'),
    end: true,
    cell: (l) =>
      l.dailyBudgetGB === null || l.dailyBudgetBasis === null
        ? none
        : t('lines.dailyBudgetText', {
            gb: format.gb(l.dailyBudgetGB),
            basis: t(`lines.daily.${l.dailyBudgetBasis}`),
          }),
  };
  const columns = [needs, budget, unmet, ...(onPool ? poolColumns : perLineColumns), used, forecast, crossing, daily];

  return (
    <TableSection
      headingId="plan-lines-heading"
      heading={t('lines.heading')}
      caption={t('lines.caption')}
      table={
        <>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('lines.columns.line')}</Table.ColumnHeaderCell>
              {columns.map((c) => (
                <Table.ColumnHeaderCell key={c.header} justify={c.end ? 'end' : undefined}>
                  {c.header}
                </Table.ColumnHeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lines.map((l) => {
              const line = storedLines.find((x) => x.id === l.id);
              return (
                <Table.Row key={l.id}>
                  <Table.RowHeaderCell>{lineNames.get(l.id) ?? t('warnings.unknownLine')}</Table.RowHeaderCell>
                  {columns.map((c) => (
                    <Table.Cell key={c.header} justify={c.end ? 'end' : undefined}>
                      {c.cell(l, line)}
                    </Table.Cell>
                  ))}
                </Table.Row>
              );
            })}
          </Table.Body>
        </>
      }
    >
      <Flex direction="column" gap="1" mt="2">
        <Text size="1" color="gray">
          {t('lines.help.demand')}
        </Text>
        <Text size="1" color="gray">
          {t('lines.help.budget')}
        </Text>
        <Text size="1" color="gray">
          {t('lines.help.forecast')} <Link href="#/usage">{t('lines.addReading')}</Link>
        </Text>
        <Text size="1" color="gray">
          {t('lines.help.daily')}
        </Text>
      </Flex>
    </TableSection>
  );
}

/** A shortfall: red when there is one, so the eye finds it. */
function Amount({ gb }: { gb: number }) {
  const format = useFormat();
  // Below what prints as 0.01 GB is rounding noise, not a shortfall.
  const shown = gb >= 0.005;
  return (
    <Text color={shown ? 'red' : undefined} weight={shown ? 'medium' : undefined}>
      {format.gb(gb)}
    </Text>
  );
}
