import { Button, Flex, Table, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdDraft } from '@shared/planner/draft';
import { scenarioFileOf, scenarioOfHousehold } from '@shared/scenario/household';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { FormField } from '@renderer/ui/FormField';
import { useApiError } from '@renderer/ui/useApiError';
import { downloadTextFile, scenarioFileName } from '../data/download';
import { EditorCard } from './parts';

/** What-ifs saved by name for this household: save, reopen, export as a scenario file, delete. */
export function SavedWhatIfs() {
  const { t } = useTranslation('whatif');
  const saved = useStore((s) => s.savedWhatIfs);
  const current = useStore((s) => s.whatIf);
  const save = useStore((s) => s.saveWhatIf);
  const open = useStore((s) => s.openSavedWhatIf);
  const remove = useStore((s) => s.deleteSavedWhatIf);
  const readings = useStore((s) => s.readings);
  const history = useStore((s) => s.history);
  const householdName = useStore((s) => s.households.find((h) => h.id === s.loadedHouseholdId)?.name ?? '');
  const [name, setName] = useState(current?.savedName ?? '');
  const [message, setMessage] = useState('');
  const { error, fail, clear } = useApiError();
  const exportOne = (draft: HouseholdDraft, whatIfName: string) => {
    const { scenario } = scenarioOfHousehold(
      { household: { name: `${householdName} – ${whatIfName}`.slice(0, 80) }, ...draft, readings, history },
      new Date().toISOString().slice(0, 10),
    );
    downloadTextFile(
      scenarioFileName(`${householdName} – ${whatIfName}`),
      `${JSON.stringify(scenarioFileOf(scenario), null, 2)}\n`,
    );
  };
  return (
    <EditorCard heading={t('saved.heading')}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          clear();
          setMessage('');
          if (!name.trim()) return;
          try {
            const s = await save(name.trim());
            setMessage(t('saved.savedAs', { name: s.name }));
          } catch (err) {
            fail(err);
          }
        }}
      >
        <Flex gap="2" align="end" wrap="wrap">
          <FormField id="whatif-save-name" label={t('saved.name')} grow>
            <TextField.Root
              id="whatif-save-name"
              value={name}
              maxLength={80}
              onChange={(e) => setName(e.target.value)}
            />
          </FormField>
          <Button type="submit" variant="soft">
            {t('saved.save')}
          </Button>
        </Flex>
      </form>
      <Text size="2" role="status">
        {message}
      </Text>
      {error ? <ApiErrorCallout error={error} /> : null}
      {saved.length === 0 ? (
        <Text size="2" color="gray">
          {t('saved.none')}
        </Text>
      ) : (
        <Table.Root size="1">
          <caption className="dp-visually-hidden">{t('saved.caption')}</caption>
          <Table.Body>
            {saved.map((w) => (
              <Table.Row key={w.id}>
                <Table.RowHeaderCell>{w.name}</Table.RowHeaderCell>
                <Table.Cell>
                  <Flex gap="2" justify="end">
                    <Button
                      size="1"
                      variant="soft"
                      aria-label={t('saved.openNamed', { name: w.name })}
                      onClick={() => open(w)}
                    >
                      {t('saved.open')}
                    </Button>
                    <Button
                      size="1"
                      variant="soft"
                      aria-label={t('saved.exportNamed', { name: w.name })}
                      onClick={() => exportOne(w.draft, w.name)}
                    >
                      {t('saved.export')}
                    </Button>
                    <Button
                      size="1"
                      variant="soft"
                      color="red"
                      aria-label={t('saved.deleteNamed', { name: w.name })}
                      onClick={() => void remove(w.id)}
                    >
                      {t('saved.delete')}
                    </Button>
                  </Flex>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </EditorCard>
  );
}
