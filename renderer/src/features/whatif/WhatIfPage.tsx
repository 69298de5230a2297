import { Button, Card, Flex, Grid, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { Page } from '@renderer/ui/Page';
import { useApiError } from '@renderer/ui/useApiError';
import { HouseholdLoaded } from '../household/HouseholdLoaded';
import { changeCount } from './draftEdits';
import { DevicesEditor } from './DevicesEditor';
import { LinesEditor } from './LinesEditor';
import { PlanEditor } from './PlanEditor';
import { ResultsCard } from './ResultsCard';
import { SavedWhatIfs } from './SavedWhatIfs';
import { useWhatIfResults } from './useWhatIfResults';

/** `#/whatif`: a copy of the household changed freely and evaluated at once, beside the household as it is. */
export function WhatIfPage() {
  const { t } = useTranslation('whatif');
  return (
    <Page title={t('title')} intro={t('intro')}>
      <HouseholdLoaded>
        <WhatIfBody />
      </HouseholdLoaded>
    </Page>
  );
}

function WhatIfBody() {
  const householdId = useStore((s) => s.loadedHouseholdId);
  const whatIf = useStore((s) => s.whatIf);
  const start = useStore((s) => s.startWhatIf);
  const loadSaved = useStore((s) => s.loadSavedWhatIfs);
  useEffect(() => {
    // Opened by its address, or left from another household: start from a fresh copy.
    if (householdId && whatIf?.householdId !== householdId) start();
  }, [householdId, whatIf?.householdId, start]);
  useEffect(() => void loadSaved(), [householdId, loadSaved]);
  const results = useWhatIfResults();
  if (!whatIf || whatIf.householdId !== householdId) return null;
  const draft = whatIf.draft;

  return (
    <Flex direction="column" gap="4">
      <Actions />
      <ResultsCard now={results.now} whatIf={results.whatIf} error={results.error} draft={draft} />
      <Grid columns={{ initial: '1', md: '2' }} gap="4" align="start">
        <PlanEditor plan={draft.plan} />
        <SavedWhatIfs />
      </Grid>
      <LinesEditor draft={draft} />
      <DevicesEditor draft={draft} />
    </Flex>
  );
}

/** Apply, Discard, and how many things differ from the household. */
function Actions() {
  const { t } = useTranslation('whatif');
  const apply = useStore((s) => s.applyWhatIf);
  const discard = useStore((s) => s.discardWhatIf);
  const changes = useStore((s) => (s.whatIf ? changeCount(s.whatIf.draft, s.plan, s.lines, s.devices) : 0));
  const { error, fail, clear } = useApiError();
  const [busy, setBusy] = useState(false);
  return (
    <Card className="dp-whatif-actions">
      <Flex align="center" gap="3" wrap="wrap" justify="between">
        <Text size="2" role="status">
          {changes === 0 ? t('noChanges') : t('changes', { count: changes })}
        </Text>
        <Flex gap="2">
          <Button
            data-testid="whatif-apply"
            disabled={busy || changes === 0}
            onClick={async () => {
              clear();
              setBusy(true);
              try {
                await apply();
                window.location.hash = '#/plan';
              } catch (err) {
                fail(err);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('apply')}
          </Button>
          <Button
            variant="soft"
            color="gray"
            data-testid="whatif-discard"
            onClick={() => {
              discard();
              window.location.hash = '#/plan';
            }}
          >
            {t('discard')}
          </Button>
        </Flex>
      </Flex>
      {error ? <ApiErrorCallout error={error} /> : null}
    </Card>
  );
}
