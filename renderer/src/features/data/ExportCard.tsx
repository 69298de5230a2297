import { Button, Callout } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { DataCard } from './DataCard';

export function ExportCard() {
  const { t } = useTranslation('data');
  const household = useStore((s) => s.households.find((h) => h.id === s.activeHouseholdId) ?? null);
  const state = useStore((s) => s.exportState);
  const exportHousehold = useStore((s) => s.exportHousehold);
  return (
    <DataCard
      heading={t('export.heading')}
      body={household ? t('export.body', { name: household.name }) : t('export.noHousehold')}
    >
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
    </DataCard>
  );
}
