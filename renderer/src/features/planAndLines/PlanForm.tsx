import { Button, Callout, Flex, RadioGroup, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/domain/schemas';
import { useStore } from '@renderer/store';
import { AmountFormField } from '@renderer/ui/AmountFormField';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { fieldErrorsOf } from '@renderer/ui/fieldErrors';
import { describedBy, FormField } from '@renderer/ui/FormField';
import { numberOrNull, numberOrUndefined } from '@renderer/ui/numberInput';
import { SelectFormField } from '@renderer/ui/SelectFormField';
import { TextFormField } from '@renderer/ui/TextFormField';
import { useSubmitError } from '@renderer/ui/useSubmitError';
import { CARRIER_SUGGESTIONS } from './carrierSuggestions';
import { planFormResolver, planToFormValues, type EsimChoice, type PlanFormValues } from './planForm';
import { PriceListField } from './PriceListField';
import { TiersField } from './TiersField';

/** Carrier ids are lower-case; accept "T-Mobile " as typed and save "t-mobile". */
const carrierId = (raw: unknown) =>
  String(raw ?? '')
    .trim()
    .toLowerCase();

/** The household's plan, edited in place and saved with `plan.set`. */
export function PlanForm({ plan }: { plan: Plan | null }) {
  const { t } = useTranslation(['planAndLines', 'common']);
  const savePlan = useStore((s) => s.savePlan);
  const form = useForm<PlanFormValues, unknown, Plan>({
    resolver: planFormResolver,
    defaultValues: planToFormValues(plan),
  });
  const submitError = useSubmitError(form.setError, 'plan');
  const [saved, setSaved] = useState(false);
  const kind = useWatch({ control: form.control, name: 'kind' });
  const cycleMode = useWatch({ control: form.control, name: 'cycleMode' });
  const errors = form.formState.errors;
  const errorOf = fieldErrorsOf(errors);

  const onSubmit = form.handleSubmit((values) =>
    submitError.attempt(async () => {
      setSaved(false);
      const result = await savePlan(values);
      form.reset(planToFormValues(result));
      setSaved(true);
    }),
  );
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(e) => void onSubmit(e)}
        onChange={() => setSaved(false)}
        noValidate
        aria-labelledby="plan-heading"
      >
        <Flex direction="column" gap="4">
          <Flex gap="3" wrap="wrap">
            <FormField
              id="plan-carrier"
              label={t('fields.carrier')}
              hint={t('fields.carrierHint')}
              error={errorOf('carrier')}
              grow
            >
              <TextField.Root
                id="plan-carrier"
                list="carrier-suggestions"
                autoComplete="off"
                spellCheck={false}
                aria-invalid={errorOf('carrier') ? true : undefined}
                aria-describedby={describedBy('plan-carrier', t('fields.carrierHint'), errorOf('carrier'))}
                {...form.register('carrier', { setValueAs: carrierId })}
              />
              <datalist id="carrier-suggestions">
                {CARRIER_SUGGESTIONS.map((c) => (
                  <option key={c.id} value={c.id} label={c.brand} />
                ))}
              </datalist>
            </FormField>
            <TextFormField
              id="plan-name"
              label={t('fields.name')}
              error={errorOf('name')}
              grow
              autoComplete="off"
              placeholder={t('fields.namePlaceholder')}
              {...form.register('name')}
            />
          </Flex>

          <Flex direction="column" gap="2">
            <Text id="plan-kind-label" size="2" weight="medium">
              {t('fields.kind')}
            </Text>
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <RadioGroup.Root value={field.value} onValueChange={field.onChange} aria-labelledby="plan-kind-label">
                  <RadioGroup.Item value="pool" aria-describedby="plan-kind-pool-hint">
                    {t('kinds.pool')}
                  </RadioGroup.Item>
                  <Text id="plan-kind-pool-hint" size="1" color="gray" ml="5" mb="1">
                    {t('kinds.poolHint')}
                  </Text>
                  <RadioGroup.Item value="per-line" aria-describedby="plan-kind-perline-hint">
                    {t('kinds.perLine')}
                  </RadioGroup.Item>
                  <Text id="plan-kind-perline-hint" size="1" color="gray" ml="5">
                    {t('kinds.perLineHint')}
                  </Text>
                </RadioGroup.Root>
              )}
            />
          </Flex>

          {kind === 'pool' ? (
            <AmountFormField
              id="plan-pool"
              label={t('fields.poolGB')}
              hint={t('fields.poolGBHint')}
              error={errorOf('poolGB')}
              style={{ maxWidth: '12em' }}
              {...form.register('poolGB', { setValueAs: numberOrNull })}
            />
          ) : null}

          <Flex direction="column" gap="2" role="group" aria-labelledby="plan-cycle-label">
            <Text id="plan-cycle-label" size="2" weight="medium">
              {t('fields.cycle')}
            </Text>
            <Controller
              control={form.control}
              name="cycleMode"
              render={({ field }) => (
                <RadioGroup.Root value={field.value} onValueChange={field.onChange} aria-labelledby="plan-cycle-label">
                  <RadioGroup.Item value="monthly">{t('fields.cycleMonthly')}</RadioGroup.Item>
                  <RadioGroup.Item value="fixed">{t('fields.cycleFixed')}</RadioGroup.Item>
                </RadioGroup.Root>
              )}
            />
            {cycleMode === 'monthly' ? (
              <TextFormField
                id="plan-cycle-day"
                label={t('fields.cycleStartDay')}
                hint={t('fields.cycleStartDayHint')}
                error={errorOf('cycleStartDay')}
                inputMode="numeric"
                autoComplete="off"
                style={{ maxWidth: '8em' }}
                {...form.register('cycleStartDay', { setValueAs: numberOrUndefined })}
              />
            ) : (
              <Flex gap="3" wrap="wrap">
                <TextFormField
                  id="plan-cycle-length"
                  label={t('fields.cycleLengthDays')}
                  error={errorOf('cycleLengthDays')}
                  inputMode="numeric"
                  autoComplete="off"
                  style={{ maxWidth: '8em' }}
                  {...form.register('cycleLengthDays', { setValueAs: numberOrUndefined })}
                />
                <TextFormField
                  id="plan-cycle-anchor"
                  label={t('fields.cycleAnchor')}
                  hint={t('fields.cycleAnchorHint')}
                  error={errorOf('cycleAnchor')}
                  type="date"
                  {...form.register('cycleAnchor')}
                />
              </Flex>
            )}
          </Flex>

          <PriceListField name="pricePerLine" idPrefix="plan-price" legend={t('fields.prices')} />

          <Controller
            control={form.control}
            name="esim"
            render={({ field }) => (
              <SelectFormField
                id="plan-esim"
                label={t('fields.esim')}
                hint={t('fields.esimHint')}
                error={errorOf('esim')}
                value={field.value}
                onChange={(v) => field.onChange(v as EsimChoice)}
                options={[
                  { value: 'yes', label: t('fields.esimYes') },
                  { value: 'no', label: t('fields.esimNo') },
                  { value: 'unknown', label: t('fields.esimUnknown') },
                ]}
              />
            )}
          />

          {kind === 'per-line' ? <TiersField /> : null}

          {hasErrors ? (
            <Callout.Root color="red" role="alert">
              <Callout.Text>{t('common:form.problems')}</Callout.Text>
            </Callout.Root>
          ) : null}
          {submitError.error ? <ApiErrorCallout error={submitError.error} /> : null}
          {saved ? (
            <Callout.Root color="green" role="status">
              <Callout.Text>{t('plan.saved')}</Callout.Text>
            </Callout.Root>
          ) : null}
          <Flex>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('plan.save')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </FormProvider>
  );
}
