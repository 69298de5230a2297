import { Button, Callout, Flex, Progress, Text } from '@radix-ui/themes';
import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { DataCard } from './DataCard';
import type { ImportState } from './dataSlice';
import { scenarioIssueText } from './scenarioIssueText';

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export function ImportCard() {
  const { t } = useTranslation('data');
  const state = useStore((s) => s.importState);
  const importFile = useStore((s) => s.importScenarioFile);
  const input = useRef<HTMLInputElement>(null);
  const busy = state.status === 'reading' || state.status === 'importing';

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) imports it again.
    event.target.value = '';
    if (file) void importFile(file);
  };

  return (
    <DataCard heading={t('import.heading')} body={t('import.body')}>
      {/* The native picker stays out of sight and out of the tab order; the button opens it. */}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('import.fileLabel')}
        tabIndex={-1}
        style={VISUALLY_HIDDEN}
        onChange={onChange}
      />
      <Button loading={busy} onClick={() => input.current?.click()}>
        {t('import.button')}
      </Button>
      <ImportStatus state={state} />
    </DataCard>
  );
}

function ImportStatus({ state }: { state: ImportState }) {
  const { t } = useTranslation('data');
  switch (state.status) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <Text size="2" role="status">
          {t('import.reading', { file: state.fileName })}
        </Text>
      );
    case 'importing': {
      const value = state.total ? (100 * (state.done ?? 0)) / state.total : undefined;
      return (
        <Flex direction="column" gap="2" width="100%" role="status">
          <Text size="2">{t('import.importing', { file: state.fileName })}</Text>
          <Progress value={value} aria-label={t('import.progressLabel')} />
        </Flex>
      );
    }
    case 'unreadable':
      return (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{t('import.unreadable', { file: state.fileName })}</Callout.Text>
        </Callout.Root>
      );
    case 'too-large':
      return (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{t('import.tooLarge', { file: state.fileName })}</Callout.Text>
        </Callout.Root>
      );
    case 'not-json':
      return (
        <ImportProblem title={t('import.notJson', { file: state.fileName })}>
          <Text size="1">{t('import.notJsonDetail', { error: state.reason })}</Text>
        </ImportProblem>
      );
    case 'invalid':
      return (
        <ImportProblem title={t('import.invalid', { file: state.fileName })}>
          <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
            {state.details.map((d, i) => (
              <li key={`${d.path}-${i}`}>
                <Text size="2">{t('import.invalidDetail', { path: d.path, message: scenarioIssueText(d) })}</Text>
              </li>
            ))}
          </ul>
        </ImportProblem>
      );
    case 'failed':
      return (
        <Flex direction="column" gap="2">
          <Text size="2" color="red">
            {t('import.failed', { file: state.fileName })}
          </Text>
          <ApiErrorCallout error={state.error} />
        </Flex>
      );
    case 'done':
      return (
        <Callout.Root color="green" role="status">
          <Callout.Text>
            {t('import.done', {
              name: state.household.name,
              lines: t('import.lines', { count: state.counts.lines }),
              devices: t('import.devices', { count: state.counts.devices }),
              readings: t('import.readings', { count: state.counts.readings }),
              history: t('import.history', { count: state.counts.history }),
            })}
          </Callout.Text>
        </Callout.Root>
      );
  }
}

/** Why a file could not be imported, then what exactly was wrong with it. */
function ImportProblem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Callout.Root color="red" role="alert">
      <Flex direction="column" gap="1">
        <Text size="2" weight="medium">
          {title}
        </Text>
        {children}
      </Flex>
    </Callout.Root>
  );
}
