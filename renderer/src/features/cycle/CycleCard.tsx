import { Flex, Progress, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';
import { cycleDay, formatIsoDate } from './dates';
import { SummaryCard } from './SummaryCard';

export function CycleCard({ cycle, asOf }: { cycle: Cycle; asOf: string }) {
  const { t } = useTranslation('cycle');
  const { locale } = useFormat();
  const { day, daysLeft } = cycleDay(cycle, asOf);
  return (
    <SummaryCard heading={t('cycle.heading')}>
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
    </SummaryCard>
  );
}
