import { Callout, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { LinkButton } from '@renderer/ui/LinkButton';
import { Page } from '@renderer/ui/Page';
import { CarrierDetail } from './CarrierDetail';
import { CarrierTable } from './CarrierTable';
import { CatalogLoaded } from './CatalogLoaded';
import { selectCatalogEntry } from './selectors';
import { useCatalogSelection } from './useCatalogSelection';

/** The researched carrier facts, and the place to correct them (`#/catalog/<id>` opens one carrier). */
export function CatalogPage() {
  const { t } = useTranslation('catalog');
  const selected = useCatalogSelection();
  const entry = useStore(selectCatalogEntry(selected));

  return (
    <Page title={t('title')} intro={t('intro')}>
      <Callout.Root color="blue" size="1">
        <Callout.Text>{t('yourCopy')}</Callout.Text>
      </Callout.Root>
      <CatalogLoaded>
        {selected === null ? (
          <CarrierTable />
        ) : entry ? (
          <CarrierDetail key={entry.carrier.id} entry={entry} />
        ) : (
          <Flex direction="column" gap="2" align="start">
            <Text>{t('detail.notFound', { id: selected })}</Text>
            <LinkButton href="#/catalog" variant="soft">
              {t('detail.back')}
            </LinkButton>
          </Flex>
        )}
      </CatalogLoaded>
    </Page>
  );
}
