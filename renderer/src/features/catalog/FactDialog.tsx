import { Checkbox, CheckboxGroup, Flex, Text } from '@radix-ui/themes';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioNetworkSchema, type CatalogEntry, type Fact } from '@shared/catalog/schema';
import { fieldMessage } from '@renderer/i18n/validation';
import { useStore } from '@renderer/store';
import { AmountFormField } from '@renderer/ui/AmountFormField';
import { DialogForm } from '@renderer/ui/DialogForm';
import { describedBy, FieldErrorText } from '@renderer/ui/FormField';
import { FormDialog } from '@renderer/ui/FormDialog';
import type { SelectOption } from '@renderer/ui/SelectControl';
import { SelectFormField } from '@renderer/ui/SelectFormField';
import { TextFormField } from '@renderer/ui/TextFormField';
import { useSubmitError } from '@renderer/ui/useSubmitError';
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

/** The catalog schema says what is wrong with message keys, which fieldMessage words; the list input has its own. */
function useCatalogFieldMessage() {
  const { t } = useTranslation('catalog');
  return (message: string | undefined): string | undefined =>
    message === LIST_INVALID ? t('form.listInvalid') : fieldMessage(message);
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
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      maxWidth="560px"
      title={t('form.title', { fact: props.label })}
      description={t('form.description', { scope: props.scope })}
    >
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
    </FormDialog>
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
  const { t } = useTranslation(['catalog', 'advice']);
  const message = useCatalogFieldMessage();
  const { locale } = useFactFormat();
  const saveCarrier = useStore((s) => s.saveCarrier);
  const kind = valueKindOf(path);
  const form = useForm<FactFormValues>({
    resolver: factFormResolver(entry.carrier, path, kind),
    defaultValues: factToForm(kind, fact),
  });
  // The backend names a fact's parts by their place in the carrier; the form has its own fields for them.
  const submitError = useSubmitError(form.setError, `carrier.${path}`, (name) => fieldForIssue(kind, name.split('.')));
  const errors = form.formState.errors;
  const errorOf = (name: FactFormField) => message(errors[name]?.message);

  const onSubmit = form.handleSubmit((values) =>
    submitError.attempt(async () => {
      const corrected = correctedCarrier(entry.carrier, path, kind, values);
      if (!corrected.ok) return;
      await saveCarrier(corrected.carrier);
      onDone();
    }),
  );

  const sourceError = errorOf('source');
  const verifiedError = errorOf('verified');
  const sourceDateError = errorOf('sourceDate');
  const rootError = message(errors.root?.message);

  return (
    <DialogForm onSubmit={onSubmit} error={submitError.error} submitting={form.formState.isSubmitting}>
      <ValueFields kind={kind} form={form} errorOf={errorOf} />

      <TextFormField
        id="fact-quote"
        label={t('form.quote')}
        hint={t('form.quoteHint')}
        error={errorOf('quote')}
        autoComplete="off"
        {...form.register('quote')}
      />

      <TextFormField
        id="fact-source"
        label={t('form.source')}
        hint={t('form.sourceHint')}
        error={sourceError}
        type="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        {...form.register('source')}
      />
      <Flex gap="3" wrap="wrap">
        <TextFormField
          id="fact-verified"
          label={t('form.verified')}
          hint={t('form.verifiedHint')}
          error={verifiedError}
          type="date"
          {...form.register('verified')}
        />
        <TextFormField
          id="fact-source-date"
          label={t('form.sourceDate')}
          hint={t('form.sourceDateHint')}
          error={sourceDateError}
          autoComplete="off"
          {...form.register('sourceDate')}
        />
      </Flex>
      <Controller
        control={form.control}
        name="reliability"
        render={({ field }) => (
          <SelectFormField
            id="fact-reliability"
            label={t('form.reliability')}
            value={field.value}
            onChange={field.onChange}
            options={[
              { value: NO_RELIABILITY, label: t('form.reliabilityNone') },
              { value: 'official', label: t('advice:page.reliability.official') },
              { value: 'press', label: t('advice:page.reliability.press') },
              { value: 'low', label: t('advice:page.reliability.low') },
            ]}
          />
        )}
      />

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
    </DialogForm>
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

  const choiceSelect = (options: SelectOption[]) => (
    <Controller
      control={form.control}
      name="choice"
      render={({ field }) => (
        <SelectFormField
          id="fact-choice"
          label={t('form.value')}
          error={errorOf('choice')}
          value={field.value}
          onChange={field.onChange}
          options={options}
        />
      )}
    />
  );

  const amountField = (label: string, unit: 'usd' | 'gb' | 'kbps' | 'lines', hint?: string) => (
    <AmountFormField
      id="fact-amount"
      label={label}
      hint={hint}
      error={errorOf('amount')}
      unit={unit === 'gb' ? undefined : unit === 'kbps' ? 'kbps' : null}
      prefix={unit === 'usd' ? '$' : undefined}
      style={{ maxWidth: '12em' }}
      {...form.register('amount')}
    />
  );

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
          <FieldErrorText id="fact-networks" message={error} />
        </Flex>
      );
    }
    case 'list': {
      const error = errorOf('list');
      const label = kind.unit === 'usd' ? `${t('form.value')} ($)` : `${t('form.value')} (GB)`;
      return (
        <TextFormField
          id="fact-list"
          label={label}
          hint={t('form.listHint')}
          error={error}
          autoComplete="off"
          placeholder={kind.unit === 'usd' ? '65, 55, 45' : '6, 10, 12'}
          {...form.register('list')}
        />
      );
    }
  }
}
