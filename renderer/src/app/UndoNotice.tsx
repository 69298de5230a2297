import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../features/cycle/dates';
import { useFormat } from '../i18n/format';
import { useStore } from '../store';
import { UndoCallout } from '../ui/UndoCallout';
import type { UndoValues } from './undoSlice';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * "Deleted X. — Undo" (or "Saved X.") for a few seconds after a change. It
 * sits in its own band at the bottom of the window, and the page leaves room
 * for it, so it never covers content.
 */
export function UndoNotice() {
  const { t } = useTranslation('common');
  const entry = useStore((s) => (s.undoNoticeVisible ? (s.undoStack.at(-1) ?? null) : null));
  const undo = useStore((s) => s.undoLast);
  const dismiss = useStore((s) => s.dismissUndoNotice);
  const format = useFormat();
  const values = (v: UndoValues) => ({
    ...v,
    used: v.usedGB === undefined ? undefined : format.gb(v.usedGB),
    old: v.oldGB === undefined ? undefined : format.gb(v.oldGB),
    date: v.date === undefined ? undefined : formatIsoDate(v.date, format.locale),
  });
  return (
    <div className="dp-notices" role="region" aria-label={t('undo.regionLabel')}>
      <div role="status" aria-live="polite">
        {entry ? (
          <UndoCallout
            message={`${t(`undo.${entry.message.key}`, values(entry.message.values))} ${t(isMac ? 'undo.hintMac' : 'undo.hint')}`}
            onUndo={() => void undo()}
            onDismiss={dismiss}
          />
        ) : null}
      </div>
    </div>
  );
}
