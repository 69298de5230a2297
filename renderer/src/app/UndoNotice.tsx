import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { UndoCallout } from '../ui/UndoCallout';

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
          <UndoCallout
            message={`${t(`undo.deleted.${deletion.kind}`, { name: deletion.name })} ${t(isMac ? 'undo.hintMac' : 'undo.hint')}`}
            onUndo={() => void undo()}
            onDismiss={dismiss}
          />
        ) : null}
      </div>
    </div>
  );
}
