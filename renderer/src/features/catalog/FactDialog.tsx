import { Button, Checkbox, CheckboxGroup, Dialog, Flex, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { RadioNetworkSchema, type CatalogEntry, type Fact } from '../../../../shared/catalog/schema';
import { toApiError } from '../../app/noticeSlice';
import { fieldIssuesOf, fieldMessage } from '../../i18n/validation';
import { useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { describedBy, FormField } from '../../ui/FormField';
import { SelectControl, type SelectOption } from '../../ui/SelectControl';
import {
  AMOUNT,
  correctedCarrier,
  factFormResolver,
  factToForm,
  fieldForIssue,
  LIST_INVALID,
  NO_RELIABILITY,
  UNKNOWN,
  type FactFormField,
  type FactFormValues,
} from './factForm';
import { valueKindOf, type ValueKind } from './factPaths';
import { useFactFormat } from './useFactFormat';

/** English messages written into the catalog schema, by the key that says them for people. */
const SCHEMA_MESSAGES = {
  'a known value needs its https source': 'catalog:errors.needsSource',
  'a known value needs the date it was verified': 'catalog:errors.needsVerified',
  'a source must be an https:// URL': 'catalog:errors.httpsOnly',
  'expected YYYY, YYYY-MM or YYYY-MM-DD': 'catalog:errors.sourceDate',
} as const;

function useCatalogFieldMessage() {
  const { t } = useTranslation(['catalog', 'errors']);
  return (message: string | undefined): string | undefined => {
    if (message === undefined) return undefined;
    if (message === LIST_INVALID) return t('catalog:form.listInvalid');
    if (message.startsWith('the parent network')) return t('catalog:errors.parentNetwork');
    const key = SCHEMA_MESSAGES[message as keyof typeof SCHEMA_MESSAGES];
    return key ? t(key) : fieldMessage(message);
  };
}

/** Corrects one fact of a carrier. `label` names the fact, `scope` the carrier (and plan or tier). */
export function FactDialog(props: {
  entry: CatalogEntry;
  path: string;
  fact: Fact<unknown>;
  label: string;
  scope: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  onSaved(): void;
}) {
  const { t } = useTranslation('catalog');
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Content maxWidth="560px">
        <Dialog.Title>{t('form.title', { fact: props.label })}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {t('form.description', { scope: props.scope })}
        </Dialog.Description>
        {props.open ? (
          <FactForm
            entry={props.entry}
            path={props.path}
            fact={props.fact}
            onDone={() => {
              props.onOpenChange(false);
              props.onSaved();
            }}
          />
        ) : null}
      </Dialog.Content>
    </Dialog.Root>
  );
}

function FactForm({
  entry,
  path,
  fact,
  onDone,
}: {
  entry: CatalogEntry;
  path: string;
  fact: Fact<unknown>;
  onDone(): void;
}) {
  const { t } = useTranslation(['catalog', 'advice', 'common']);
  const message = useCatalogFieldMessage();
  const { locale } = useFactFormat();
  const saveCarrier = useStore((s) => s.saveCarrier);
  const kind = valueKindOf(path);
  const form = useForm<FactFormValues>({
    resolver: factFormResolver(entry.carrier, path, kind),
    defaultValues: factToForm(kind, fact),
  });
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const errors = form.formState.errors;
  const errorOf = (name: FactFormField) => message(errors[name]?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setSubmitError(null);
    const corrected = correctedCarrier(entry.carrier, path, kind, values);
    if (!corrected.ok) return;
    try {
      await saveCarrier(corrected.carrier);
      onDone();
    } catch (err) {
      // Problems the backend found in this fact go next to their field; anything else above the buttons.
      const apiError = toApiError(err);
      const { fields, rest } = fieldIssuesOf(apiError, `carrier.${path}`);
      let unplaced = false;
      for (const f of fields) {
        const field = fieldForIssue(kind, f.name.split('.'));
        if (field) form.setError(field, { type: 'server', message: f.message });
        else unplaced = true;
      }
      setSubmitError(rest ?? (unplaced ? apiError : null));
    }
  });

  const sourceError = errorOf('source');
  const verifiedError = errorOf('verified');
  const sourceDateError = errorOf('sourceDate');
  const rootError = message(errors.root?.message);

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Flex direction="column" gap="3">
        <ValueFields kind={kind} form={form} errorOf={errorOf} />

        <FormField id="fact-source" label={t('form.source')} hint={t('form.sourceHint')} error={sourceError}>
          <TextField.Root
            id="fact-source"
            type="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            aria-invalid={sourceError ? true : undefined}
            aria-describedby={describedBy('fact-source', t('form.sourceHint'), sourceError)}
            {...form.register('source')}
          />
        </FormField>
        <Flex gap="3" wrap="wrap">
          <FormField id="fact-verified" label={t('form.verified')} hint={t('form.verifiedHint')} error={verifiedError}>
            <TextField.Root
              id="fact-verified"
              type="date"
              aria-invalid={verifiedError ? true : undefined}
              aria-describedby={describedBy('fact-verified', t('form.verifiedHint'), verifiedError)}
              {...form.register('verified')}
            />
          </FormField>
          <FormField
            id="fact-source-date"
            label={t('form.sourceDate')}
            hint={t('form.sourceDateHint')}
            error={sourceDateError}
          >
            <TextField.Root
              id="fact-source-date"
              autoComplete="off"
              aria-invalid={sourceDateError ? true : undefined}
              aria-describedby={describedBy('fact-source-date', t('form.sourceDateHint'), sourceDateError)}
              {...form.register('sourceDate')}
            />
          </FormField>
        </Flex>
        <FormField id="fact-reliability" label={t('form.reliability')}>
          <Controller
            control={form.control}
            name="reliability"
            render={({ field }) => (
              <SelectControl
                id="fact-reliability"
                value={field.value}
                onChange={field.onChange}
                options={[
                  { value: NO_RELIABILITY, label: t('form.reliabilityNone') },
                  { value: 'official', label: t('advice:page.reliability.official') },
                  { value: 'secondary', label: t('advice:page.reliability.secondary') },
                  { value: 'low', label: t('advice:page.reliability.low') },
                ]}
              />
            )}
          />
        </FormField>

        {fact.note ? (
          <Flex direction="column" gap="1">
            <Text size="2" weight="medium">
              {t('form.note')}
            </Text>
            <Text id="fact-note" size="2" color="gray">
              {locale === 'zh-CN' ? fact.note.zh : fact.note.en}
            </Text>
            <Text as="label" size="2">
              <Flex gap="2" align="center">
                <Controller
                  control={form.control}
                  name="keepNote"
                  render={({ field }) => (
                    <Checkbox
                      checked={field.value}
                      onCheckedChange={(checked) => field.onChange(checked === true)}
                      aria-describedby="fact-note"
                    />
                  )}
                />
                {t('form.keepNote')}
              </Flex>
            </Text>
          </Flex>
        ) : null}

        {rootError ? (
          <Text size="2" color="red" role="alert">
            {rootError}
          </Text>
        ) : null}
        {submitError ? <ApiErrorCallout error={submitError} /> : null}
        <Flex gap="3" justify="end" mt="2">
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray">
              {t('common:actions.cancel')}
            </Button>
          </Dialog.Close>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('common:actions.save')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

type FormApi = ReturnType<typeof useForm<FactFormValues>>;

/** The value control that fits the kind of fact. */
function ValueFields({
  kind,
  form,
  errorOf,
}: {
  kind: ValueKind;
  form: FormApi;
  errorOf(name: FactFormField): string | undefined;
}) {
  const { t } = useTranslation(['catalog', 'common']);
  const format = useFactFormat();
  const choice = useWatch({ control: form.control, name: 'choice' });
  const unknownOption: SelectOption = { value: UNKNOWN, label: t('values.unknown') };

  const choiceSelect = (options: SelectOption[]) => {
    const error = errorOf('choice');
    return (
      <FormField id="fact-choice" label={t('form.value')} error={error}>
        <Controller
          control={form.control}
          name="choice"
          render={({ field }) => (
            <SelectControl
              id="fact-choice"
              value={field.value}
              onChange={field.onChange}
              options={options}
              describedBy={describedBy('fact-choice', undefined, error)}
              invalid={Boolean(error)}
            />
          )}
        />
      </FormField>
    );
  };

  const amountField = (label: string, unit: 'usd' | 'gb' | 'kbps' | 'lines', hint?: string) => {
    const error = errorOf('amount');
    return (
      <FormField id="fact-amount" label={label} hint={hint} error={error}>
        <TextField.Root
          id="fact-amount"
          inputMode="decimal"
          autoComplete="off"
          style={{ maxWidth: '12em' }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('fact-amount', hint, error)}
          {...form.register('amount')}
        >
          {unit === 'usd' ? <TextField.Slot side="left">$</TextField.Slot> : null}
          {unit === 'gb' ? <TextField.Slot side="right">GB</TextField.Slot> : null}
          {unit === 'kbps' ? <TextField.Slot side="right">kbps</TextField.Slot> : null}
        </TextField.Root>
      </FormField>
    );
  };

  switch (kind.type) {
    case 'boolean':
      return choiceSelect([
        { value: 'yes', label: t('values.yes') },
        { value: 'no', label: t('values.no') },
        unknownOption,
      ]);
    case 'choice':
      return choiceSelect([...kind.options.map((o) => ({ value: o, label: format.value(kind, o) })), unknownOption]);
    case 'number':
      return amountField(t('form.value'), kind.unit, t('form.unknownHint'));
    case 'allowance':
      return (
        <Flex gap="3" wrap="wrap" align="start">
          {choiceSelect([
            unknownOption,
            {
              value: kind.keyword,
              label: t(kind.keyword === 'unlimited' ? 'form.modes.unlimited' : 'form.modes.none'),
            },
            { value: AMOUNT, label: t('form.modes.amount') },
          ])}
          {choice === AMOUNT ? amountField(t('form.amount'), 'gb') : null}
        </Flex>
      );
    case 'networks': {
      const error = errorOf('networks');
      return (
        <Flex direction="column" gap="1" role="group" aria-labelledby="fact-networks-label">
          <Text id="fact-networks-label" size="2" weight="medium">
            {t('form.value')}
          </Text>
          <Controller
            control={form.control}
            name="networks"
            render={({ field }) => (
              <CheckboxGroup.Root
                value={field.value}
                onValueChange={field.onChange}
                aria-labelledby="fact-networks-label"
                aria-describedby={describedBy('fact-networks', t('form.networksHint'), error)}
              >
                {RadioNetworkSchema.options.map((n) => (
                  <CheckboxGroup.Item key={n} value={n}>
                    {format.network(n)}
                  </CheckboxGroup.Item>
                ))}
              </CheckboxGroup.Root>
            )}
          />
          <Text id="fact-networks-hint" size="1" color="gray">
            {t('form.networksHint')}
          </Text>
          {error ? (
            <Text id="fact-networks-error" size="1" color="red">
              {error}
            </Text>
          ) : null}
        </Flex>
      );
    }
    case 'list': {
      const error = errorOf('list');
      const label = kind.unit === 'usd' ? `${t('form.value')} ($)` : `${t('form.value')} (GB)`;
      return (
        <FormField id="fact-list" label={label} hint={t('form.listHint')} error={error}>
          <TextField.Root
            id="fact-list"
            autoComplete="off"
            placeholder={kind.unit === 'usd' ? '65, 55, 45' : '6, 10, 12'}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy('fact-list', t('form.listHint'), error)}
            {...form.register('list')}
          />
        </FormField>
      );
    }
  }
}
