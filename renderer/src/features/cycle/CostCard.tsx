import { Link, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';
import { SummaryCard } from './SummaryCard';

export function CostCard({ cost }: { cost: Evaluation['cost'] }) {
  const { t } = useTranslation('cycle');
  const format = useFormat();
  return (
    <SummaryCard heading={t('cost.heading')}>
      {cost === null ? (
        <Text size="2">
          <Link href="#/plans">{t('cost.noPrices')}</Link>
        </Text>
      ) : (
        <>
          <Text size="5" weight="bold">
            {t('cost.total', { price: format.price(cost.monthly), count: cost.lines })}
          </Text>
          <Text size="1" color="gray">
            {t('cost.note')}
          </Text>
        </>
      )}
    </SummaryCard>
  );
}
