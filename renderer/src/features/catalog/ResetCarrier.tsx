import { AlertDialog, Button, Flex, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../../../shared/catalog/schema';
import { useStore } from '../../store';

/**
 * "Reset to built-in" for one carrier, confirmed first: it drops every
 * correction the user made to it. Cancel has the focus, so Enter never resets
 * by accident.
 */
export function ResetCarrier({ entry }: { entry: CatalogEntry }) {
  const { t } = useTranslation(['catalog', 'common']);
  const resetCarrier = useStore((s) => s.resetCarrier);
  const [done, setDone] = useState(false);
  const name = entry.carrier.name;
  const count = entry.changedPaths.length;
  if (entry.builtin === null) return null;

  return (
    <Flex direction="column" gap="1" align="end">
      <AlertDialog.Root>
        <AlertDialog.Trigger>
          <Button variant="soft" color="orange" disabled={count === 0} aria-label={t('reset.named', { carrier: name })}>
            {t('reset.button')}
          </Button>
        </AlertDialog.Trigger>
        <AlertDialog.Content maxWidth="450px">
          <AlertDialog.Title>{t('reset.title', { carrier: name })}</AlertDialog.Title>
          <AlertDialog.Description size="2">{t('reset.body', { count })}</AlertDialog.Description>
          <Flex gap="3" mt="4" justify="end">
            <AlertDialog.Cancel>
              <Button variant="soft" color="gray">
                {t('common:actions.cancel')}
              </Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action>
              <Button
                color="orange"
                onClick={() => {
                  void resetCarrier(entry.carrier.id).then((ok) => setDone(ok));
                }}
              >
                {t('reset.confirm')}
              </Button>
            </AlertDialog.Action>
          </Flex>
        </AlertDialog.Content>
      </AlertDialog.Root>
      <Text size="1" color="gray" role="status">
        {count === 0 ? (done ? t('reset.done', { carrier: name }) : t('reset.nothing')) : t('changes.count', { count })}
      </Text>
    </Flex>
  );
}
