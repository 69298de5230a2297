import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Callout, Flex, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { GBSchema, IsoDateSchema } from '../../../../shared/domain/schemas';
import { fieldMessage, localizedIssue } from '../../i18n/validation';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { describedBy, FormField } from '../../ui/FormField';
import { numberOrUndefined } from '../../ui/numberInput';
import { useSubmitError } from '../../ui/useSubmitError';
import { todayIso } from '../plan/dates';

/** An amount of GB on a date: a reading of this cycle, or the total of a past cycle. */
const UsageEntrySchema = z.object({ usedGB: GBSchema, date: IsoDateSchema });
export type UsageEntry = z.infer<typeof UsageEntrySchema>;

export interface UsageEntryLabels {
  amount: string;
  amountHint: string;
  date: string;
  dateHint: string;
  submit: string;
  saved: string;
}

/**
 * "X GB as of DATE" for one line. The date starts as today (a reading) or
 * empty (a past cycle); after a save the amount clears for the next entry.
 */
export function UsageEntryForm(props: {
  idPrefix: string;
  labels: UsageEntryLabels;
  dateStartsToday: boolean;
  /** Where the backend reports this form's fields (`reading`, `entry`). */
  errorPrefix: string;
  onSave(entry: UsageEntry): Promise<unknown>;
}) {
  const { idPrefix, labels, dateStartsToday, errorPrefix, onSave } = props;
  const form = useForm<UsageEntry>({
    resolver: zodResolver(UsageEntrySchema, { error: localizedIssue }),
    defaultValues: { date: dateStartsToday ? todayIso() : '' },
  });
  const submitError = useSubmitError(form.setError, errorPrefix);
  const [saved, setSaved] = useState(false);
  const errors = form.formState.errors;
  const amountError = fieldMessage(errors.usedGB?.message);
  const dateError = fieldMessage(errors.date?.message);
  const amountId = `${idPrefix}-used`;
  const dateId = `${idPrefix}-date`;

  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    setSaved(false);
    try {
      await onSave(values);
      form.reset({ usedGB: undefined, date: values.date });
      setSaved(true);
    } catch (err) {
      submitError.handle(err);
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Flex direction="column" gap="2">
        <Flex gap="3" wrap="wrap" align="start">
          <FormField id={amountId} label={labels.amount} hint={labels.amountHint} error={amountError}>
            <TextField.Root
              id={amountId}
              inputMode="decimal"
              autoComplete="off"
              aria-invalid={amountError ? true : undefined}
              aria-describedby={describedBy(amountId, labels.amountHint, amountError)}
              {...form.register('usedGB', { setValueAs: numberOrUndefined, onChange: () => setSaved(false) })}
            >
              <TextField.Slot side="right">GB</TextField.Slot>
            </TextField.Root>
          </FormField>
          <FormField id={dateId} label={labels.date} hint={labels.dateHint} error={dateError}>
            <TextField.Root
              id={dateId}
              type="date"
              aria-invalid={dateError ? true : undefined}
              aria-describedby={describedBy(dateId, labels.dateHint, dateError)}
              {...form.register('date')}
            />
          </FormField>
        </Flex>
        {submitError.error ? <ApiErrorCallout error={submitError.error} /> : null}
        <Flex gap="3" align="center" wrap="wrap">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {labels.submit}
          </Button>
          {saved ? (
            <Callout.Root color="green" role="status" size="1">
              <Callout.Text>{labels.saved}</Callout.Text>
            </Callout.Root>
          ) : null}
        </Flex>
      </Flex>
    </form>
  );
}
