import { Button, Callout, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';

export function ExportCard() {
  const { t } = useTranslation('data');
  const household = useStore((s) => s.households.find((h) => h.id === s.activeHouseholdId) ?? null);
  const state = useStore((s) => s.exportState);
  const exportHousehold = useStore((s) => s.exportHousehold);
  return (
    <Card size="3">
      <Flex direction="column" gap="3" align="start">
        <Heading as="h3" size="4">
          {t('export.heading')}
        </Heading>
        <Text size="2">{household ? t('export.body', { name: household.name }) : t('export.noHousehold')}</Text>
        <Button disabled={!household} loading={state.status === 'exporting'} onClick={() => void exportHousehold()}>
          {t('export.button')}
        </Button>
        <div role="status">
          {state.status === 'done' ? (
            <Callout.Root color="green" size="1">
              <Callout.Text>{t('export.done', { file: state.fileName })}</Callout.Text>
            </Callout.Root>
          ) : null}
        </div>
        {state.status === 'failed' ? <ApiErrorCallout error={state.error} /> : null}
      </Flex>
    </Card>
  );
}
