import { Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { Loading } from '../../ui/Loading';
import { DevicesSection } from './DevicesSection';
import { MembersSection } from './MembersSection';

export function HouseholdPage() {
  const { t } = useTranslation('household');
  const status = useStore((s) => s.householdStatus);
  return (
    <Flex direction="column" gap="5">
      <div>
        <Heading as="h2" size="6">
          {t('title')}
        </Heading>
        <Text color="gray" size="2">
          {t('intro')}
        </Text>
      </div>
      {status === 'ready' ? (
        <>
          <MembersSection />
          <DevicesSection />
        </>
      ) : (
        <Loading />
      )}
    </Flex>
  );
}
