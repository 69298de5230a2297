import { Dialog } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useReturnFocus } from './useReturnFocus';

/** A dialog around one form: its title, a sentence on what the form is for, then the form. */
export function FormDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description: string;
  maxWidth: string;
  children: ReactNode;
}) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Content maxWidth={props.maxWidth} {...returnFocus}>
        <Dialog.Title>{props.title}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {props.description}
        </Dialog.Description>
        {props.children}
      </Dialog.Content>
    </Dialog.Root>
  );
}
