import type { FieldErrors, FieldValues } from 'react-hook-form';
import { fieldMessage } from '../i18n/validation';

/**
 * Reads a form's errors by field name, ready to show in the user's language.
 * A list field's error may sit on the list itself (`root`), e.g. "pick at least one".
 */
export function fieldErrorsOf<V extends FieldValues>(errors: FieldErrors<V>) {
  return (name: keyof V & string): string | undefined => {
    const error = errors[name] as { message?: string; root?: { message?: string } } | undefined;
    return fieldMessage(error?.message ?? error?.root?.message);
  };
}
