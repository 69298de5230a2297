import { Button, Callout, Code, Flex, Progress, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { DataCard } from './DataCard';
import { formatFileSize } from './fileSize';

export function BackupCard() {
  const { t } = useTranslation('data');
  const { locale } = useFormat();
  const state = useStore((s) => s.backupState);
  const backUp = useStore((s) => s.backUpNow);
  const running = state.status === 'running';
  const size = (bytes: number) => formatFileSize(bytes, locale);

  return (
    <DataCard heading={t('backup.heading')} body={t('backup.body')}>
      <Button loading={running} onClick={() => void backUp()}>
        {t('backup.button')}
      </Button>
      <Flex direction="column" gap="2" width="100%" role="status">
        {running ? (
          <>
            <Text size="2">{t('backup.running')}</Text>
            <Progress
              value={state.total ? (100 * (state.done ?? 0)) / state.total : undefined}
              aria-label={t('backup.progressLabel')}
            />
          </>
        ) : null}
        {state.status === 'done' ? (
          <Callout.Root color="green" size="1">
            <Flex direction="column" gap="1">
              <Text size="2">{t('backup.done', { size: size(state.bytes) })}</Text>
              <Code style={{ wordBreak: 'break-all' }}>{state.path}</Code>
            </Flex>
          </Callout.Root>
        ) : null}
      </Flex>
      {state.status === 'failed' ? (
        <Flex direction="column" gap="2" width="100%">
          <Text size="2" color="red">
            {t('backup.failed')}
          </Text>
          <ApiErrorCallout error={state.error} />
        </Flex>
      ) : null}
    </DataCard>
  );
}
