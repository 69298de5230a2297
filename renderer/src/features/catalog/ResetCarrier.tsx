import { Button, Flex, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '@shared/catalog/schema';
import { useStore } from '@renderer/store';
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog';

/**
 * "Reset to built-in" for one carrier, confirmed first: it drops every
 * correction the user made to it. Cancel has the focus, so Enter never resets
 * by accident.
 */
export function ResetCarrier({ entry }: { entry: CatalogEntry }) {
  const { t } = useTranslation('catalog');
  const resetCarrier = useStore((s) => s.resetCarrier);
  const [done, setDone] = useState(false);
  const name = entry.carrier.name;
  const count = entry.changedPaths.length;
  if (entry.builtin === null) return null;

  return (
    <Flex direction="column" gap="1" align="end">
      <ConfirmDialog
        trigger={
          <Button variant="soft" color="orange" disabled={count === 0} aria-label={t('reset.named', { carrier: name })}>
            {t('reset.button')}
          </Button>
        }
        title={t('reset.title', { carrier: name })}
        body={t('reset.body', { count })}
        confirmLabel={t('reset.confirm')}
        color="orange"
        onConfirm={() => {
          void resetCarrier(entry.carrier.id).then((ok) => setDone(ok));
        }}
      />
      <Text size="1" color="gray" role="status">
        {count === 0 ? (done ? t('reset.done', { carrier: name }) : t('reset.nothing')) : t('changes.count', { count })}
      </Text>
    </Flex>
  );
}
