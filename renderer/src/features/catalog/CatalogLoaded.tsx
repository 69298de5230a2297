import { Button, Flex, Text } from '@radix-ui/themes';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { Loading } from '@renderer/ui/Loading';

/** Content that needs the carrier catalog: loads it, shows a spinner meanwhile, and the error with Retry if it failed. */
export function CatalogLoaded({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['catalog', 'common']);
  const status = useStore((s) => s.catalogStatus);
  const error = useStore((s) => s.catalogError);
  const loadCatalog = useStore((s) => s.loadCatalog);

  useEffect(() => {
    void loadCatalog();
  }, [loadCatalog]);

  if (status === 'failed' && error) {
    return (
      <ApiErrorCallout error={error}>
        <Flex gap="2" align="center">
          <Text size="2">{t('status.loadFailed')}</Text>
          <Button size="1" variant="soft" onClick={() => void loadCatalog(true)}>
            {t('common:actions.retry')}
          </Button>
        </Flex>
      </ApiErrorCallout>
    );
  }
  return status === 'ready' ? children : <Loading />;
}
