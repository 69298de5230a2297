import { Button, Callout, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';

/** On every page of the sample family: what it is, and the one click that deletes it. */
export function SampleBanner() {
  const { t } = useTranslation('setup');
  const activeId = useStore((s) => s.activeHouseholdId);
  const isSample = useStore((s) => s.activeHouseholdId !== null && s.sampleHouseholdIds.includes(s.activeHouseholdId));
  const deleteSample = useStore((s) => s.deleteSample);
  if (!isSample || !activeId) return null;
  return (
    <Callout.Root color="amber" variant="surface" data-testid="sample-banner">
      <Flex align="center" gap="3" wrap="wrap" justify="between">
        <Callout.Text>{t('sample.banner')}</Callout.Text>
        <Button size="1" variant="solid" color="amber" highContrast onClick={() => void deleteSample(activeId)}>
          {t('sample.delete')}
        </Button>
      </Flex>
    </Callout.Root>
  );
}
