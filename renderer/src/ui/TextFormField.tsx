import { TextField } from '@radix-ui/themes';
import type { ComponentProps } from 'react';
import { describedBy, FormField } from './FormField';

type InputProps = Omit<ComponentProps<typeof TextField.Root>, 'id' | 'aria-invalid' | 'aria-describedby'>;

/**
 * A labelled text input with its hint and error, wired so screen readers read
 * label, value, hint and error together. Everything else (`register(...)`,
 * inputMode, a unit slot as children) goes to the input.
 */
export function TextFormField({
  id,
  label,
  hint,
  error,
  grow,
  ...input
}: InputProps & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  grow?: boolean;
}) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} grow={grow}>
      <TextField.Root
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FormField>
  );
}
