import { Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { Loading } from '../../ui/Loading';
import { CarrierDetail } from './CarrierDetail';
import { CarrierTable } from './CarrierTable';
import { selectCatalogEntry } from './selectors';
import { useCatalogSelection } from './useCatalogSelection';

/** The researched carrier facts, and the place to correct them (`#/catalog/<id>` opens one carrier). */
export function CatalogPage() {
  const { t } = useTranslation(['catalog', 'common']);
  const status = useStore((s) => s.catalogStatus);
  const error = useStore((s) => s.catalogError);
  const loadCatalog = useStore((s) => s.loadCatalog);
  const selected = useCatalogSelection();
  const entry = useStore(selectCatalogEntry(selected));

  useEffect(() => {
    void loadCatalog();
  }, [loadCatalog]);

  return (
    <Flex direction="column" gap="4">
      <Flex direction="column" gap="2">
        <Heading as="h2" size="6">
          {t('title')}
        </Heading>
        <Text color="gray" size="2">
          {t('intro')}
        </Text>
        <Callout.Root color="blue" size="1">
          <Callout.Text>{t('yourCopy')}</Callout.Text>
        </Callout.Root>
      </Flex>
      {status === 'failed' && error ? (
        <ApiErrorCallout error={error}>
          <Flex gap="2" align="center">
            <Text size="2">{t('status.loadFailed')}</Text>
            <Button size="1" variant="soft" onClick={() => void loadCatalog(true)}>
              {t('common:actions.retry')}
            </Button>
          </Flex>
        </ApiErrorCallout>
      ) : status !== 'ready' ? (
        <Loading />
      ) : selected === null ? (
        <CarrierTable />
      ) : entry ? (
        <CarrierDetail key={entry.carrier.id} entry={entry} />
      ) : (
        <Flex direction="column" gap="2" align="start">
          <Text>{t('detail.notFound', { id: selected })}</Text>
          <Button asChild variant="soft">
            <a href="#/catalog">{t('detail.back')}</a>
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
