import { Button, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { ApiErrorCallout } from '../ui/ApiErrorCallout';

/** Failures of actions that have no form of their own (deleting, undoing, switching). */
export function ErrorNotice() {
  const { t } = useTranslation('common');
  const error = useStore((s) => s.error);
  const clear = useStore((s) => s.clearError);
  if (!error) return null;
  return (
    <ApiErrorCallout error={error}>
      <Flex justify="end">
        <Button size="1" variant="soft" color="red" onClick={clear}>
          {t('actions.dismiss')}
        </Button>
      </Flex>
    </ApiErrorCallout>
  );
}
