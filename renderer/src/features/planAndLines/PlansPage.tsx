import { Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { Page } from '@renderer/ui/Page';
import { HouseholdLoaded } from '../household/HouseholdLoaded';
import { LinesSection } from './LinesSection';
import { PlanForm } from './PlanForm';

export function PlansPage() {
  const { t } = useTranslation('planAndLines');
  const householdId = useStore((s) => s.loadedHouseholdId);
  const plan = useStore((s) => s.plan);
  return (
    <Page title={t('title')} intro={t('intro')}>
      <HouseholdLoaded>
        <Card size="3">
          <Flex direction="column" gap="3">
            <Heading as="h3" size="4" id="plan-heading">
              {t('plan.heading')}
            </Heading>
            {plan ? null : (
              <Flex direction="column" gap="1">
                <Text size="2" weight="medium">
                  {t('plan.emptyTitle')}
                </Text>
                <Text size="2" color="gray">
                  {t('plan.emptyBody')}
                </Text>
              </Flex>
            )}
            {/* Keyed by household: switching households starts the form from that household's plan. */}
            <PlanForm key={householdId ?? 'none'} plan={plan} />
          </Flex>
        </Card>
        <LinesSection />
      </HouseholdLoaded>
    </Page>
  );
}
