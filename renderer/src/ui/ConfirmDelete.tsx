import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

/** "Delete X?" with Cancel focused first, so Enter never deletes by accident. */
export function ConfirmDelete(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  body: string;
  onConfirm(): void;
}) {
  const { t } = useTranslation('common');
  return <ConfirmDialog {...props} confirmLabel={t('actions.delete')} color="red" />;
}
