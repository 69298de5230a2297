import { Flex, Heading, Link, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { LineResult } from '../../../../shared/engine/types';
import { useFormat } from '../../i18n/format';
import { useShallow, useStore } from '../../store';
import { CaptionedTable } from '../../ui/CaptionedTable';
import { selectLineNames } from '../household/selectors';
import { formatIsoDate } from './dates';

/** Per line: what it needs, what it gets, and where it is heading this cycle. Every amount in GB. */
export function LineResultsTable({ lines }: { lines: LineResult[] }) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const lineNames = useStore(useShallow(selectLineNames));
  const none = t('noValue');

  const exhaustsText = (l: LineResult): string => {
    if (l.exhaustsOn !== null) return formatIsoDate(l.exhaustsOn, format.locale);
    return l.forecastGB === null ? none : t('lines.lasts');
  };

  return (
    <section aria-labelledby="plan-lines-heading">
      <Heading as="h3" size="4" mb="3" id="plan-lines-heading">
        {t('lines.heading')}
      </Heading>
      <CaptionedTable caption={t('lines.caption')}>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('lines.columns.line')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('lines.columns.demand')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('lines.columns.budget')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('lines.columns.unmet')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('lines.columns.premiumOver')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('lines.columns.hotspotOver')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('lines.columns.used')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('lines.columns.forecast')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('lines.columns.exhaustsOn')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('lines.columns.dailyBudget')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {lines.map((l) => (
            <Table.Row key={l.id}>
              <Table.RowHeaderCell>{lineNames.get(l.id) ?? t('warnings.unknownLine')}</Table.RowHeaderCell>
              <Table.Cell justify="end">
                <Flex direction="column" align="end">
                  <span>{format.gb(l.demandGB)}</span>
                  {l.hotspotLoadGB > 0 ? (
                    <Text size="1" color="gray">
                      {t('lines.hotspotPart', { gb: format.gb(l.hotspotLoadGB) })}
                    </Text>
                  ) : null}
                </Flex>
              </Table.Cell>
              <Table.Cell justify="end">{format.gb(l.budgetGB)}</Table.Cell>
              <Amount gb={l.unmetGB} />
              <Amount gb={l.premiumOverGB} />
              <Amount gb={l.hotspotOverGB} />
              <Table.Cell justify="end">
                {l.usedGB === null ? <Text color="gray">{t('lines.noReading')}</Text> : format.gb(l.usedGB)}
              </Table.Cell>
              <Table.Cell justify="end">{l.forecastGB === null ? none : format.gb(l.forecastGB)}</Table.Cell>
              <Table.Cell>
                <Text color={l.exhaustsOn === null ? undefined : 'red'}>{exhaustsText(l)}</Text>
              </Table.Cell>
              <Table.Cell justify="end">{l.dailyBudgetGB === null ? none : format.gb(l.dailyBudgetGB)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </CaptionedTable>
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
    </section>
  );
}

/** A shortfall or overage: red when there is one, so the eye finds it. */
function Amount({ gb }: { gb: number }) {
  const format = useFormat();
  // Below what prints as 0.01 GB is rounding noise, not an overage.
  const shown = gb >= 0.005;
  return (
    <Table.Cell justify="end">
      <Text color={shown ? 'red' : undefined} weight={shown ? 'medium' : undefined}>
        {format.gb(gb)}
      </Text>
    </Table.Cell>
  );
}
