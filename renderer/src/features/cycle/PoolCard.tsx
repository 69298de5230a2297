import { Card, DataList, Flex, Heading, Progress, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { Evaluation } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';
import { formatIsoDate } from './dates';

type Pool = NonNullable<Evaluation['pool']>;

/** The shared pool at a glance: its size against what the lines need, use and are forecast to use. */
export function PoolCard({ pool }: { pool: Pool }) {
  const { t } = useTranslation('cycle');
  const format = useFormat();
  const noReadings = <Text color="gray">{t('pool.noReadings')}</Text>;
  const usedShare = pool.usedGB === null || pool.sizeGB <= 0 ? null : Math.min(1, pool.usedGB / pool.sizeGB);
  const percent =
    usedShare === null
      ? ''
      : new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 }).format(usedShare);

  return (
    <Card size="2" asChild>
      <section aria-labelledby="plan-pool-heading">
        <Flex direction="column" gap="3">
          <Heading as="h3" size="3" id="plan-pool-heading">
            {t('pool.heading')}
          </Heading>
          <DataList.Root aria-labelledby="plan-pool-heading">
            <Row label={t('pool.size')}>{format.gb(pool.sizeGB)}</Row>
            <Row label={t('pool.demand')}>
              <Text color={pool.demandGB > pool.sizeGB ? 'red' : undefined}>{format.gb(pool.demandGB)}</Text>
            </Row>
            <Row label={t('pool.allocated')}>{format.gb(pool.allocatedGB)}</Row>
            <Row label={t('pool.used')}>{pool.usedGB === null ? noReadings : format.gb(pool.usedGB)}</Row>
            <Row label={t('pool.forecast')}>
              {pool.forecastGB === null ? (
                noReadings
              ) : (
                <Text color={pool.forecastGB > pool.sizeGB ? 'red' : undefined}>{format.gb(pool.forecastGB)}</Text>
              )}
            </Row>
            <Row label={t('pool.exhaustsOn')}>
              {pool.exhaustsOn !== null ? (
                <Text color="red">{formatIsoDate(pool.exhaustsOn, format.locale)}</Text>
              ) : pool.forecastGB === null ? (
                noReadings
              ) : (
                t('pool.lasts')
              )}
            </Row>
          </DataList.Root>
          {usedShare === null ? null : (
            <Progress
              value={usedShare * 100}
              color={usedShare >= 1 ? 'red' : undefined}
              aria-label={t('pool.usedBar', { percent })}
            />
          )}
        </Flex>
      </section>
    </Card>
  );
}

/** One fact about the pool: what it is, then its value. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.Label>{label}</DataList.Label>
      <DataList.Value>{children}</DataList.Value>
    </DataList.Item>
  );
}
