import { Badge, Button, Callout, Flex, Progress, Table, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/api/contract';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { ActionsColumnHeader, CaptionedTable } from '@renderer/ui/CaptionedTable';
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog';
import { DataCard } from './DataCard';
import { formatBackupTime, formatFileSize } from './fileSize';

/** The backups of the data file, newest first, each restorable after a confirmation; the restore can be undone. */
export function RestoreCard() {
  const { t } = useTranslation('data');
  const { locale } = useFormat();
  const listed = useStore((s) => s.backupsState);
  const state = useStore((s) => s.restoreState);
  const load = useStore((s) => s.loadBackups);
  const restore = useStore((s) => s.restoreBackup);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  const when = (b: BackupInfo) => formatBackupTime(b.createdAt, locale);
  const running = state.status === 'running';

  return (
    <DataCard heading={t('restore.heading')} body={t('restore.body')}>
      {listed.status === 'failed' ? <ApiErrorCallout error={listed.error} /> : null}
      {listed.status === 'ready' && listed.backups.length === 0 ? (
        <Text size="2" color="gray">
          {t('restore.none')}
        </Text>
      ) : null}
      {listed.status === 'ready' && listed.backups.length > 0 ? (
        <CaptionedTable caption={t('restore.caption')} size="1">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('restore.date')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('restore.size')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('restore.schema')}</Table.ColumnHeaderCell>
              <ActionsColumnHeader />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {listed.backups.map((b) => (
              <Table.Row key={b.id} data-testid={`backup-row-${b.id}`}>
                <Table.RowHeaderCell>
                  <Flex direction="column" gap="1">
                    <Text>{when(b)}</Text>
                    {b.kind !== 'manual' ? (
                      <Badge color="gray" variant="soft" style={{ width: 'fit-content' }}>
                        {t(`restore.kind.${b.kind}`)}
                      </Badge>
                    ) : null}
                  </Flex>
                </Table.RowHeaderCell>
                <Table.Cell>{formatFileSize(b.bytes, locale)}</Table.Cell>
                <Table.Cell>{b.schemaVersion ?? t('restore.unknownSchema')}</Table.Cell>
                <Table.Cell>
                  <Button
                    size="1"
                    variant="soft"
                    disabled={running}
                    data-testid={`backup-restore-${b.id}`}
                    aria-label={t('restore.buttonFor', { date: when(b) })}
                    onClick={() => setConfirming(b)}
                  >
                    {t('restore.button')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </CaptionedTable>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title={t('restore.confirmTitle', { date: confirming ? when(confirming) : '' })}
        body={t('restore.confirmBody')}
        confirmLabel={t('restore.confirm')}
        color="orange"
        onConfirm={() => {
          if (confirming) void restore(confirming.id);
          setConfirming(null);
        }}
      />
      <RestoreStatus />
    </DataCard>
  );
}

function RestoreStatus() {
  const { t } = useTranslation('data');
  const { locale } = useFormat();
  const state = useStore((s) => s.restoreState);
  const restore = useStore((s) => s.restoreBackup);
  return (
    <Flex direction="column" gap="2" width="100%" role="status">
      {state.status === 'running' ? (
        <>
          <Text size="2">{state.undo ? t('restore.undoing') : t('restore.running')}</Text>
          <Progress
            value={state.total ? (100 * (state.done ?? 0)) / state.total : undefined}
            aria-label={t('restore.progressLabel')}
          />
        </>
      ) : null}
      {state.status === 'done' ? (
        <Callout.Root color="green" size="1" data-testid="restore-done">
          <Flex align="center" gap="3" wrap="wrap">
            <Callout.Text>
              {t('restore.done', { date: formatBackupTime(state.restored.createdAt, locale) })}
            </Callout.Text>
            <Button
              size="1"
              data-testid="restore-undo"
              onClick={() => void restore(state.undoBackupId, { undo: true })}
            >
              {t('restore.undo')}
            </Button>
          </Flex>
        </Callout.Root>
      ) : null}
      {state.status === 'undone' ? (
        <Callout.Root color="green" size="1">
          <Callout.Text>{t('restore.undone')}</Callout.Text>
        </Callout.Root>
      ) : null}
      {state.status === 'failed' ? (
        <Flex direction="column" gap="2">
          <Text size="2" color="red">
            {state.undo ? t('restore.undoFailed') : t('restore.failed')}
          </Text>
          <ApiErrorCallout error={state.error} />
        </Flex>
      ) : null}
    </Flex>
  );
}
