import { Button, Dialog, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/errors';
import { ApiErrorCallout } from './ApiErrorCallout';

/** The end of a form in a dialog: why the last save failed, if it did, then Cancel and Save. */
export function DialogFormFooter({ error, submitting }: { error: ApiError | null; submitting: boolean }) {
  const { t } = useTranslation('common');
  return (
    <>
      {error ? <ApiErrorCallout error={error} /> : null}
      <Flex gap="3" justify="end" mt="2">
        <Dialog.Close>
          <Button type="button" variant="soft" color="gray">
            {t('actions.cancel')}
          </Button>
        </Dialog.Close>
        <Button type="submit" loading={submitting}>
          {t('actions.save')}
        </Button>
      </Flex>
    </>
  );
}
