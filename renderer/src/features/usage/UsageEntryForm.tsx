import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Callout, Flex } from '@radix-ui/themes';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { GBSchema, IsoDateSchema } from '@shared/domain/schemas';
import { fieldMessage, localizedIssue } from '@renderer/i18n/validation';
import { AmountFormField } from '@renderer/ui/AmountFormField';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { numberOrUndefined } from '@renderer/ui/numberInput';
import { TextFormField } from '@renderer/ui/TextFormField';
import { useSubmitError } from '@renderer/ui/useSubmitError';
import { todayIso } from '../cycle/dates';

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
  /** Values to start from when editing an entry. */
  initial?: UsageEntry;
  /** Test ids of the amount, date and submit controls. */
  testIds?: { amount: string; date: string; submit: string };
  onSave(entry: UsageEntry): Promise<unknown>;
}) {
  const { idPrefix, labels, dateStartsToday, errorPrefix, initial, testIds, onSave } = props;
  const form = useForm<UsageEntry>({
    resolver: zodResolver(UsageEntrySchema, { error: localizedIssue }),
    defaultValues: initial ?? { date: dateStartsToday ? todayIso() : '' },
  });
  const submitError = useSubmitError(form.setError, errorPrefix);
  const [saved, setSaved] = useState(false);
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit((values) =>
    submitError.attempt(async () => {
      setSaved(false);
      await onSave(values);
      form.reset(initial ? values : { usedGB: undefined, date: values.date });
      setSaved(true);
    }),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Flex direction="column" gap="2">
        <Flex gap="3" wrap="wrap" align="start">
          <AmountFormField
            id={`${idPrefix}-used`}
            label={labels.amount}
            hint={labels.amountHint}
            error={fieldMessage(errors.usedGB?.message)}
            data-testid={testIds?.amount}
            {...form.register('usedGB', { setValueAs: numberOrUndefined, onChange: () => setSaved(false) })}
          />
          <TextFormField
            id={`${idPrefix}-date`}
            label={labels.date}
            hint={labels.dateHint}
            error={fieldMessage(errors.date?.message)}
            type="date"
            data-testid={testIds?.date}
            {...form.register('date')}
          />
        </Flex>
        {submitError.error ? <ApiErrorCallout error={submitError.error} /> : null}
        <Flex gap="3" align="center" wrap="wrap">
          <Button type="submit" loading={form.formState.isSubmitting} data-testid={testIds?.submit}>
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
