import { Button, Callout, Flex, RadioGroup, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/domain/schemas';
import { fieldMessage } from '../../i18n/validation';
import { useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { describedBy, FormField } from '../../ui/FormField';
import { numberOrNull, numberOrUndefined } from '../../ui/numberInput';
import { SelectControl } from '../../ui/SelectControl';
import { useSubmitError } from '../../ui/useSubmitError';
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
  const { t } = useTranslation(['plans', 'common']);
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
  const err = {
    name: fieldMessage(errors.name?.message),
    carrier: fieldMessage(errors.carrier?.message),
    poolGB: fieldMessage(errors.poolGB?.message),
    cycleStartDay: fieldMessage(errors.cycleStartDay?.message),
    cycleLengthDays: fieldMessage(errors.cycleLengthDays?.message),
    cycleAnchor: fieldMessage(errors.cycleAnchor?.message),
    esim: fieldMessage(errors.esim?.message),
  };

  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    setSaved(false);
    try {
      const result = await savePlan(values);
      form.reset(planToFormValues(result));
      setSaved(true);
    } catch (e) {
      submitError.handle(e);
    }
  });
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
              error={err.carrier}
              grow
            >
              <TextField.Root
                id="plan-carrier"
                list="carrier-suggestions"
                autoComplete="off"
                spellCheck={false}
                aria-invalid={err.carrier ? true : undefined}
                aria-describedby={describedBy('plan-carrier', t('fields.carrierHint'), err.carrier)}
                {...form.register('carrier', { setValueAs: carrierId })}
              />
              <datalist id="carrier-suggestions">
                {CARRIER_SUGGESTIONS.map((c) => (
                  <option key={c.id} value={c.id} label={c.brand} />
                ))}
              </datalist>
            </FormField>
            <FormField id="plan-name" label={t('fields.name')} error={err.name} grow>
              <TextField.Root
                id="plan-name"
                autoComplete="off"
                placeholder={t('fields.namePlaceholder')}
                aria-invalid={err.name ? true : undefined}
                aria-describedby={describedBy('plan-name', undefined, err.name)}
                {...form.register('name')}
              />
            </FormField>
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
            <FormField id="plan-pool" label={t('fields.poolGB')} hint={t('fields.poolGBHint')} error={err.poolGB}>
              <TextField.Root
                id="plan-pool"
                inputMode="decimal"
                autoComplete="off"
                style={{ maxWidth: '12em' }}
                aria-invalid={err.poolGB ? true : undefined}
                aria-describedby={describedBy('plan-pool', t('fields.poolGBHint'), err.poolGB)}
                {...form.register('poolGB', { setValueAs: numberOrNull })}
              >
                <TextField.Slot side="right">GB</TextField.Slot>
              </TextField.Root>
            </FormField>
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
              <FormField
                id="plan-cycle-day"
                label={t('fields.cycleStartDay')}
                hint={t('fields.cycleStartDayHint')}
                error={err.cycleStartDay}
              >
                <TextField.Root
                  id="plan-cycle-day"
                  inputMode="numeric"
                  autoComplete="off"
                  style={{ maxWidth: '8em' }}
                  aria-invalid={err.cycleStartDay ? true : undefined}
                  aria-describedby={describedBy('plan-cycle-day', t('fields.cycleStartDayHint'), err.cycleStartDay)}
                  {...form.register('cycleStartDay', { setValueAs: numberOrUndefined })}
                />
              </FormField>
            ) : (
              <Flex gap="3" wrap="wrap">
                <FormField id="plan-cycle-length" label={t('fields.cycleLengthDays')} error={err.cycleLengthDays}>
                  <TextField.Root
                    id="plan-cycle-length"
                    inputMode="numeric"
                    autoComplete="off"
                    style={{ maxWidth: '8em' }}
                    aria-invalid={err.cycleLengthDays ? true : undefined}
                    aria-describedby={describedBy('plan-cycle-length', undefined, err.cycleLengthDays)}
                    {...form.register('cycleLengthDays', { setValueAs: numberOrUndefined })}
                  />
                </FormField>
                <FormField
                  id="plan-cycle-anchor"
                  label={t('fields.cycleAnchor')}
                  hint={t('fields.cycleAnchorHint')}
                  error={err.cycleAnchor}
                >
                  <TextField.Root
                    id="plan-cycle-anchor"
                    type="date"
                    aria-invalid={err.cycleAnchor ? true : undefined}
                    aria-describedby={describedBy('plan-cycle-anchor', t('fields.cycleAnchorHint'), err.cycleAnchor)}
                    {...form.register('cycleAnchor')}
                  />
                </FormField>
              </Flex>
            )}
          </Flex>

          <PriceListField name="pricePerLine" idPrefix="plan-price" legend={t('fields.prices')} />

          <FormField id="plan-esim" label={t('fields.esim')} hint={t('fields.esimHint')} error={err.esim}>
            <Controller
              control={form.control}
              name="esim"
              render={({ field }) => (
                <SelectControl
                  id="plan-esim"
                  value={field.value}
                  onChange={(v) => field.onChange(v as EsimChoice)}
                  options={[
                    { value: 'yes', label: t('fields.esimYes') },
                    { value: 'no', label: t('fields.esimNo') },
                    { value: 'unknown', label: t('fields.esimUnknown') },
                  ]}
                  describedBy={describedBy('plan-esim', t('fields.esimHint'), err.esim)}
                  invalid={Boolean(err.esim)}
                />
              )}
            />
          </FormField>

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
