import { Button, Callout, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { DataCard } from './DataCard';
import { formatBackupTime } from './fileSize';

/** "Check data file": SQLite's full integrity check, and what to do when it finds damage. */
export function CheckCard() {
  const { t } = useTranslation('data');
  const { locale } = useFormat();
  const state = useStore((s) => s.checkState);
  const check = useStore((s) => s.checkDataFile);
  return (
    <DataCard heading={t('check.heading')} body={t('check.body')}>
      <Button loading={state.status === 'running'} data-testid="check-data-file" onClick={() => void check()}>
        {t('check.button')}
      </Button>
      <div role="status" style={{ width: '100%' }}>
        {state.status === 'done' && state.result.ok ? (
          <Callout.Root color="green" size="1" data-testid="check-result">
            <Callout.Text>{t('check.ok', { time: formatBackupTime(state.result.checkedAt, locale) })}</Callout.Text>
          </Callout.Root>
        ) : null}
        {state.status === 'done' && !state.result.ok ? (
          <Callout.Root color="red" size="1" data-testid="check-result">
            <Flex direction="column" gap="1">
              <Text size="2" weight="medium">
                {t('check.damaged', { count: state.result.problems.length })}
              </Text>
              <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
                {state.result.problems.map((p, i) => (
                  <li key={i}>
                    <Text size="1" style={{ wordBreak: 'break-word' }}>
                      {p}
                    </Text>
                  </li>
                ))}
              </ul>
            </Flex>
          </Callout.Root>
        ) : null}
      </div>
      {state.status === 'failed' ? <ApiErrorCallout error={state.error} /> : null}
    </DataCard>
  );
}
