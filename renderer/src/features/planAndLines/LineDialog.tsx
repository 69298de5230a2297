import { Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LineInputSchema, type Line, type LineInput } from '@shared/domain/schemas';
import { useShallow, useStore } from '@renderer/store';
import { AmountFormField } from '@renderer/ui/AmountFormField';
import { DialogForm, useDialogForm } from '@renderer/ui/DialogForm';
import { fieldErrorsOf } from '@renderer/ui/fieldErrors';
import { nullableSelect } from '@renderer/ui/nullableSelect';
import { numberOr, numberOrNull } from '@renderer/ui/numberInput';
import { SelectFormField } from '@renderer/ui/SelectFormField';
import { TextFormField } from '@renderer/ui/TextFormField';
import { NEW_LINE } from '@shared/domain/defaults';

type NumberField = 'capGB' | 'floorGB' | 'weight' | 'dataGB' | 'premiumGB' | 'hotspotGB';

/** Adds a line (`line` null) or edits one; `onDone` once saved. */
export function LineForm({ line, onDone }: { line: Line | null; onDone(): void }) {
  const { t } = useTranslation('planAndLines');
  const members = useStore((s) => s.members);
  const planKind = useStore((s) => s.plan?.kind ?? null);
  const tierNames = useStore(useShallow((s) => s.plan?.tiers.map((tier) => tier.name) ?? []));
  const createLine = useStore((s) => s.createLine);
  const updateLine = useStore((s) => s.updateLine);
  const { form, onSubmit, error } = useDialogForm({
    schema: LineInputSchema,
    defaultValues: line ? stripId(line) : NEW_LINE,
    errorPrefix: 'line',
    save: (values: LineInput) => (line ? updateLine({ ...values, id: line.id }) : createLine(values)),
    onDone,
  });
  const errorOf = fieldErrorsOf(form.formState.errors);

  // Which controls apply depends on the plan: pool sharing controls for a pool, a data allowance per line otherwise.
  const showPoolControls = planKind !== 'per-line';
  const showDataAllowance = planKind !== 'pool';
  // Keep a tier saved earlier selectable even if the plan no longer lists it.
  const tierOptions = [...new Set([...tierNames, ...(line?.tier ? [line.tier] : [])])];

  const numberField = (name: NumberField, setValueAs: (raw: unknown) => number | null, hint: string) => (
    <AmountFormField
      id={`line-${name}`}
      label={t(`lineFields.${name}`)}
      hint={hint}
      error={errorOf(name)}
      grow
      unit={null}
      {...form.register(name, { setValueAs })}
    />
  );

  return (
    <DialogForm onSubmit={onSubmit} error={error} submitting={form.formState.isSubmitting}>
      <Flex gap="3" wrap="wrap">
        <TextFormField
          id="line-name"
          label={t('lineFields.name')}
          error={errorOf('name')}
          grow
          autoComplete="off"
          placeholder={t('lineFields.namePlaceholder')}
          {...form.register('name')}
        />
        <TextFormField
          id="line-number"
          label={t('lineFields.number')}
          hint={t('lineFields.numberHint')}
          error={errorOf('number')}
          grow
          inputMode="tel"
          autoComplete="off"
          {...form.register('number', {
            setValueAs: (raw: unknown) => (String(raw ?? '').trim() === '' ? null : String(raw).trim()),
          })}
        />
        <Controller
          control={form.control}
          name="memberId"
          render={({ field }) => (
            <SelectFormField
              id="line-member"
              label={t('lineFields.member')}
              error={errorOf('memberId')}
              grow
              {...nullableSelect(
                field,
                t('lines.noMember'),
                members.map((m) => ({ value: m.id, label: m.name })),
              )}
            />
          )}
        />
      </Flex>

      <Heading as="h3" size="2" mt="2">
        {t('lineFields.allowances')}
      </Heading>
      <Flex gap="3" wrap="wrap">
        {numberField('capGB', numberOrNull, t('lineFields.capGBHint'))}
        {showDataAllowance ? numberField('dataGB', numberOrNull, t('lineFields.dataGBHint')) : null}
        {numberField('premiumGB', numberOrNull, t('lineFields.premiumGBHint'))}
        {numberField('hotspotGB', numberOrNull, t('lineFields.hotspotGBHint'))}
      </Flex>

      {showPoolControls ? (
        <>
          <Heading as="h3" size="2" mt="2">
            {t('lineFields.poolControls')}
          </Heading>
          <Flex gap="3" wrap="wrap">
            {numberField('floorGB', numberOr(0), t('lineFields.floorGBHint'))}
            {numberField('weight', numberOr(1), t('lineFields.weightHint'))}
          </Flex>
        </>
      ) : null}

      {tierOptions.length > 0 ? (
        <Controller
          control={form.control}
          name="tier"
          render={({ field }) => (
            <SelectFormField
              id="line-tier"
              label={t('lineFields.tier')}
              hint={t('lineFields.tierHint')}
              error={errorOf('tier')}
              {...nullableSelect(
                field,
                t('lines.noTier'),
                tierOptions.map((name) => ({ value: name, label: name })),
              )}
            />
          )}
        />
      ) : null}

      <Flex direction="column" gap="1">
        <Text as="label" size="2">
          <Flex gap="2" align="center">
            <Controller
              control={form.control}
              name="needsPremium"
              render={({ field }) => (
                <Checkbox
                  checked={field.value}
                  onCheckedChange={(checked) => field.onChange(checked === true)}
                  aria-describedby="line-needs-premium-hint"
                />
              )}
            />
            {t('lineFields.needsPremium')}
          </Flex>
        </Text>
        <Text id="line-needs-premium-hint" size="1" color="gray">
          {t('lineFields.needsPremiumHint')}
        </Text>
      </Flex>
    </DialogForm>
  );
}

function stripId(line: Line): LineInput {
  const { id: _id, ...input } = line;
  return input;
}
