import { Button, Card, Flex, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { useApiError } from '@renderer/ui/useApiError';
import { todayIso } from '../cycle/dates';
import { sampleFamily, type SampleNames } from './sampleFamily';

/** "Try it with a sample family": a labelled household with made-up numbers, deleted in one click. */
export function SampleOffer() {
  const { t } = useTranslation('setup');
  const setUp = useStore((s) => s.setUpHousehold);
  const [busy, setBusy] = useState(false);
  const { error, fail } = useApiError();
  const load = async () => {
    setBusy(true);
    const names: SampleNames = {
      household: t('sample.householdName'),
      plan: t('sample.planName'),
      people: t('sample.people').split('|') as SampleNames['people'],
      lines: t('sample.lines').split('|') as SampleNames['lines'],
      devices: t('sample.devices').split('|') as SampleNames['devices'],
    };
    try {
      await setUp(sampleFamily(names, todayIso()), { sample: true });
      window.location.hash = '#/plan';
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card variant="surface">
      <Flex align="center" gap="3" wrap="wrap">
        <Text size="2">{t('sample.offer')}</Text>
        <Button variant="soft" data-testid="onboarding-sample" disabled={busy} onClick={() => void load()}>
          {t('sample.button')}
        </Button>
      </Flex>
      {error ? <ApiErrorCallout error={error} /> : null}
    </Card>
  );
}
