import { useTranslation } from 'react-i18next';
import { Page } from '@renderer/ui/Page';
import { DevicesSection } from './DevicesSection';
import { HouseholdLoaded } from './HouseholdLoaded';
import { MembersSection } from './MembersSection';

export function HouseholdPage() {
  const { t } = useTranslation('household');
  return (
    <Page title={t('title')} intro={t('intro')}>
      <HouseholdLoaded>
        <MembersSection />
        <DevicesSection />
      </HouseholdLoaded>
    </Page>
  );
}
