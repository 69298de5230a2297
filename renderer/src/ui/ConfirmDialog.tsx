import { AlertDialog, Button, Flex } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from './useReturnFocus';

/**
 * "Do X?" for something that cannot simply be taken back, with Cancel focused
 * first so Enter never confirms by accident. Opened by `trigger`, or
 * controlled through `open`.
 */
export function ConfirmDialog(props: {
  open?: boolean;
  onOpenChange?(open: boolean): void;
  trigger?: ReactNode;
  title: string;
  body: string;
  confirmLabel: string;
  color: 'red' | 'orange';
  onConfirm(): void;
}) {
  const { t } = useTranslation('common');
  const returnFocus = useReturnFocus();
  return (
    <AlertDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      {props.trigger ? <AlertDialog.Trigger>{props.trigger}</AlertDialog.Trigger> : null}
      <AlertDialog.Content maxWidth="450px" {...returnFocus}>
        <AlertDialog.Title>{props.title}</AlertDialog.Title>
        <AlertDialog.Description size="2">{props.body}</AlertDialog.Description>
        <Flex gap="3" mt="4" justify="end">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray">
              {t('actions.cancel')}
            </Button>
          </AlertDialog.Cancel>
          <AlertDialog.Action>
            <Button color={props.color} onClick={props.onConfirm}>
              {props.confirmLabel}
            </Button>
          </AlertDialog.Action>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
