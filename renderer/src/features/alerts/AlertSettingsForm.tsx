import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Flex, Heading } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AlertSettingsSchema, type AlertSettings } from '@shared/alerts/schema';
import { fieldMessage, localizedIssue } from '@renderer/i18n/validation';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { numberOrUndefined } from '@renderer/ui/numberInput';
import { TextFormField } from '@renderer/ui/TextFormField';
import { UndoCallout } from '@renderer/ui/UndoCallout';
import { useSubmitError } from '@renderer/ui/useSubmitError';

/** "75, 90, 100" → [75, 90, 100]; null when it is not a valid list of thresholds. */
export function parseThresholds(text: string): number[] | null {
  const parts = text
    .split(/[,，、\s]+/)
    .map((p) => p.trim().replace(/%$/, ''))
    .filter((p) => p !== '');
  const numbers = parts.map(Number);
  const parsed = AlertSettingsSchema.shape.thresholdsPercent.safeParse(numbers);
  return parsed.success ? parsed.data : null;
}

const FormSchema = z.object({
  thresholds: z.string().refine((text) => parseThresholds(text) !== null),
  runOutDays: AlertSettingsSchema.shape.runOutDays,
  reminderDays: AlertSettingsSchema.shape.reminderDays,
});
type FormValues = z.infer<typeof FormSchema>;

const toForm = (s: AlertSettings): FormValues => ({
  thresholds: s.thresholdsPercent.join(', '),
  runOutDays: s.runOutDays,
  reminderDays: s.reminderDays,
});

/** The household's thresholds and days; saved for this household only. */
export function AlertSettingsForm({ household }: { household: string }) {
  const { t } = useTranslation('alerts');
  const settings = useStore((s) => s.alertSettings);
  const load = useStore((s) => s.loadAlertSettings);
  const save = useStore((s) => s.saveAlertSettings);
  const householdId = useStore((s) => s.loadedHouseholdId);
  const form = useForm<FormValues>({ resolver: zodResolver(FormSchema, { error: localizedIssue }) });
  const submitError = useSubmitError(form.setError, 'settings');
  /** The settings before the last save, so the save can be undone; null when there is nothing to undo. */
  const [previous, setPrevious] = useState<AlertSettings | null>(null);
  const errors = form.formState.errors;

  useEffect(() => {
    void load();
  }, [load, householdId]);
  useEffect(() => {
    if (settings) form.reset(toForm(settings));
  }, [settings, form]);

  const onSubmit = form.handleSubmit((values) =>
    submitError.attempt(async () => {
      const before = settings;
      setPrevious(null);
      await save({
        thresholdsPercent: parseThresholds(values.thresholds) ?? [],
        runOutDays: values.runOutDays,
        reminderDays: values.reminderDays,
      });
      setPrevious(before);
    }),
  );

  const undo = () =>
    submitError.attempt(async () => {
      if (!previous) return;
      setPrevious(null);
      await save(previous);
    });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="alert-settings-heading">
      <Flex direction="column" gap="2">
        <Heading as="h3" size="3" id="alert-settings-heading">
          {t('settings.heading', { household })}
        </Heading>
        <TextFormField
          id="alert-thresholds"
          label={t('settings.thresholds')}
          hint={t('settings.thresholdsHint')}
          error={errors.thresholds ? t('settings.thresholdsInvalid') : undefined}
          autoComplete="off"
          {...form.register('thresholds', { onChange: () => setPrevious(null) })}
        />
        <Flex gap="3" wrap="wrap" align="start">
          <TextFormField
            id="alert-run-out-days"
            label={t('settings.runOutDays')}
            hint={t('settings.runOutDaysHint')}
            error={fieldMessage(errors.runOutDays?.message)}
            inputMode="numeric"
            autoComplete="off"
            {...form.register('runOutDays', { setValueAs: numberOrUndefined, onChange: () => setPrevious(null) })}
          />
          <TextFormField
            id="alert-reminder-days"
            label={t('settings.reminderDays')}
            hint={t('settings.reminderDaysHint')}
            error={fieldMessage(errors.reminderDays?.message)}
            inputMode="numeric"
            autoComplete="off"
            {...form.register('reminderDays', { setValueAs: numberOrUndefined, onChange: () => setPrevious(null) })}
          />
        </Flex>
        {submitError.error ? <ApiErrorCallout error={submitError.error} /> : null}
        <Flex gap="3" align="center" wrap="wrap">
          <Button type="submit" loading={form.formState.isSubmitting} disabled={!settings}>
            {t('settings.save')}
          </Button>
        </Flex>
        <div role="status" aria-live="polite">
          {previous ? (
            <UndoCallout message={t('settings.saved')} onUndo={() => void undo()} onDismiss={() => setPrevious(null)} />
          ) : null}
        </div>
      </Flex>
    </form>
  );
}
