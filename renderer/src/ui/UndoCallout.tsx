import { Button, Callout, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';

/** "Deleted X." with Undo and Dismiss. Callers keep it inside a live region so the message is read out. */
export function UndoCallout({ message, onUndo, onDismiss }: { message: string; onUndo(): void; onDismiss(): void }) {
  const { t } = useTranslation('common');
  return (
    <Callout.Root color="gray" variant="surface" highContrast>
      <Flex align="center" gap="3" wrap="wrap">
        <Callout.Text>{message}</Callout.Text>
        <Flex gap="2">
          <Button size="1" onClick={onUndo}>
            {t('actions.undo')}
          </Button>
          <Button size="1" variant="ghost" color="gray" onClick={onDismiss}>
            {t('actions.dismiss')}
          </Button>
        </Flex>
      </Flex>
    </Callout.Root>
  );
}
