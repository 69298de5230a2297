import { Card, Flex, Heading, Link, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';

export function CostCard({ cost }: { cost: Evaluation['cost'] }) {
  const { t } = useTranslation('cycle');
  const format = useFormat();
  return (
    <Card size="2">
      <Flex direction="column" gap="2">
        <Heading as="h3" size="3">
          {t('cost.heading')}
        </Heading>
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
      </Flex>
    </Card>
  );
}
