import { Card, Code, DataList, Flex, Heading } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { Page } from '@renderer/ui/Page';
import { BackupCard } from './BackupCard';
import { CheckCard } from './CheckCard';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import { RestoreCard } from './RestoreCard';

/** Scenario files in and out, backups of the whole data file, restoring one, and checking the file. */
export function DataPage() {
  const { t } = useTranslation('data');
  return (
    <Page title={t('title')} intro={t('intro')}>
      <ExportCard />
      <ImportCard />
      <BackupCard />
      <RestoreCard />
      <CheckCard />
      <DataFileInfo />
    </Page>
  );
}

function DataFileInfo() {
  const { t } = useTranslation('data');
  const info = useStore((s) => s.appInfo);
  const load = useStore((s) => s.loadAppInfo);
  useEffect(() => {
    void load();
  }, [load]);
  if (!info) return null;
  return (
    <Card size="3">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4" id="data-info-heading">
          {t('info.heading')}
        </Heading>
        <DataList.Root aria-labelledby="data-info-heading">
          <DataList.Item>
            <DataList.Label>{t('info.dataFile')}</DataList.Label>
            <DataList.Value>
              <Code variant="ghost" style={{ wordBreak: 'break-all' }}>
                {info.dbPath}
              </Code>
            </DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{t('info.version')}</DataList.Label>
            <DataList.Value>{info.version}</DataList.Value>
          </DataList.Item>
        </DataList.Root>
      </Flex>
    </Card>
  );
}
