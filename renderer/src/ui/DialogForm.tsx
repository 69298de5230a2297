import { zodResolver } from '@hookform/resolvers/zod';
import { Flex } from '@radix-ui/themes';
import type { FormEvent, ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '@shared/api/errors';
import { localizedIssue } from '../i18n/validation';
import { DialogFormFooter } from './DialogFormFooter';
import { useSubmitError } from './useSubmitError';

/**
 * The form of an add/edit dialog: checked by `schema` with messages in the
 * user's language, saved by `save`, closed by `onDone` once saved. A failed
 * save keeps every value; the backend's problems with fields below
 * `errorPrefix` show next to them, anything else above the buttons.
 */
export function useDialogForm<In extends FieldValues, Out>(options: {
  schema: z.ZodType<Out, In>;
  defaultValues: DefaultValues<In>;
  errorPrefix: string;
  save(values: Out): Promise<unknown>;
  onDone(): void;
}) {
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(options.schema, { error: localizedIssue }),
    defaultValues: options.defaultValues,
  });
  const submitError = useSubmitError(form.setError, options.errorPrefix);
  const onSubmit = form.handleSubmit((values) =>
    submitError.attempt(async () => {
      await options.save(values);
      options.onDone();
    }),
  );
  return { form, onSubmit, error: submitError.error };
}

/** A dialog's form: its fields in a column, then why the last save failed (if it did), Cancel and Save. */
export function DialogForm(props: {
  onSubmit(event: FormEvent): Promise<void>;
  error: ApiError | null;
  submitting: boolean;
  children: ReactNode;
}) {
  return (
    <form onSubmit={(e) => void props.onSubmit(e)} noValidate>
      <Flex direction="column" gap="3">
        {props.children}
        <DialogFormFooter error={props.error} submitting={props.submitting} />
      </Flex>
    </form>
  );
}
