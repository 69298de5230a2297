import { Card, Flex, Heading, Progress, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';
import { cycleDay, formatIsoDate } from './dates';

export function CycleCard({ cycle, asOf }: { cycle: Cycle; asOf: string }) {
  const { t } = useTranslation('cycle');
  const { locale } = useFormat();
  const { day, daysLeft } = cycleDay(cycle, asOf);
  return (
    <Card size="2">
      <Flex direction="column" gap="2">
        <Heading as="h3" size="3">
          {t('cycle.heading')}
        </Heading>
        <Flex justify="between" gap="3" wrap="wrap">
          <Text weight="medium">
            {t('cycle.range', { start: formatIsoDate(cycle.start, locale), end: formatIsoDate(cycle.end, locale) })}
          </Text>
          <Text color="gray">
            {t('cycle.dayOf', { day, days: cycle.days })} ·{' '}
            {daysLeft === 0 ? t('cycle.lastDay') : t('cycle.daysLeft', { count: daysLeft })}
          </Text>
        </Flex>
        <Progress
          value={(day / cycle.days) * 100}
          aria-label={t('cycle.progressLabel', { day, days: cycle.days })}
          size="2"
        />
      </Flex>
    </Card>
  );
}
