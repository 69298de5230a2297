import { Button, Callout, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Deleted X. — Undo" for a few seconds after a deletion. */
export function UndoNotice() {
  const { t } = useTranslation('common');
  const deletion = useStore((s) => (s.undoNoticeVisible ? s.lastDeletion : null));
  const undo = useStore((s) => s.undoLastDeletion);
  const dismiss = useStore((s) => s.dismissUndoNotice);
  return (
    <div className="dp-notices" role="region" aria-label={t('undo.regionLabel')}>
      <div role="status" aria-live="polite">
        {deletion ? (
          <Callout.Root color="gray" variant="surface" highContrast>
            <Flex align="center" gap="3" wrap="wrap">
              <Callout.Text>
                {t(`undo.deleted.${deletion.kind}`, { name: deletion.name })} {t(isMac ? 'undo.hintMac' : 'undo.hint')}
              </Callout.Text>
              <Flex gap="2">
                <Button size="1" onClick={() => void undo()}>
                  {t('actions.undo')}
                </Button>
                <Button size="1" variant="ghost" color="gray" onClick={dismiss}>
                  {t('actions.dismiss')}
                </Button>
              </Flex>
            </Flex>
          </Callout.Root>
        ) : null}
      </div>
    </div>
  );
}
