import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Dialog, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LineInputSchema, type Line, type LineInput } from '../../../../shared/domain/schemas';
import { fieldMessage, localizedIssue } from '../../i18n/validation';
import { useShallow, useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { describedBy, FormField } from '../../ui/FormField';
import { numberOr, numberOrNull } from '../../ui/numberInput';
import { SelectControl } from '../../ui/SelectControl';
import { useSubmitError } from '../../ui/useSubmitError';

const NONE = '__none__';

const NEW_LINE: LineInput = {
  name: '',
  memberId: null,
  capGB: null,
  floorGB: 0,
  weight: 1,
  dataGB: null,
  premiumGB: null,
  hotspotGB: null,
  tier: null,
  needsPremium: false,
};

/** Add a line (`line` null) or edit one. */
export function LineDialog(props: { open: boolean; onOpenChange(open: boolean): void; line: Line | null }) {
  const { t } = useTranslation('plans');
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Content maxWidth="560px">
        <Dialog.Title>{props.line ? t('lines.editTitle') : t('lines.addTitle')}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {t('lines.description')}
        </Dialog.Description>
        <LineForm line={props.line} onDone={() => props.onOpenChange(false)} />
      </Dialog.Content>
    </Dialog.Root>
  );
}

type NumberField = 'capGB' | 'floorGB' | 'weight' | 'dataGB' | 'premiumGB' | 'hotspotGB';

function LineForm({ line, onDone }: { line: Line | null; onDone(): void }) {
  const { t } = useTranslation(['plans', 'common']);
  const members = useStore((s) => s.members);
  const planKind = useStore((s) => s.plan?.kind ?? null);
  const tierNames = useStore(useShallow((s) => s.plan?.tiers.map((tier) => tier.name) ?? []));
  const createLine = useStore((s) => s.createLine);
  const updateLine = useStore((s) => s.updateLine);
  const form = useForm<LineInput>({
    resolver: zodResolver(LineInputSchema, { error: localizedIssue }),
    defaultValues: line ? stripId(line) : NEW_LINE,
  });
  const submitError = useSubmitError(form.setError, 'line');
  const errors = form.formState.errors;
  const errorOf = (name: FieldPath<LineInput>) => fieldMessage(errors[name as keyof LineInput]?.message);

  // Which controls apply depends on the plan: pool sharing controls for a pool, a data allowance per line otherwise.
  const showPoolControls = planKind !== 'per-line';
  const showDataAllowance = planKind !== 'pool';
  // Keep a tier saved earlier selectable even if the plan no longer lists it.
  const tierOptions = [...new Set([...tierNames, ...(line?.tier ? [line.tier] : [])])];

  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    try {
      if (line) await updateLine({ ...values, id: line.id });
      else await createLine(values);
      onDone();
    } catch (err) {
      submitError.handle(err);
    }
  });

  const numberField = (name: NumberField, setValueAs: (raw: unknown) => number | null, hint: string) => {
    const id = `line-${name}`;
    const error = errorOf(name);
    return (
      <FormField id={id} label={t(`lineFields.${name}`)} hint={hint} error={error} grow>
        <TextField.Root
          id={id}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...form.register(name, { setValueAs })}
        />
      </FormField>
    );
  };

  const nameError = errorOf('name');
  const memberError = errorOf('memberId');
  const tierError = errorOf('tier');

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Flex direction="column" gap="3">
        <Flex gap="3" wrap="wrap">
          <FormField id="line-name" label={t('lineFields.name')} error={nameError} grow>
            <TextField.Root
              id="line-name"
              autoComplete="off"
              placeholder={t('lineFields.namePlaceholder')}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={describedBy('line-name', undefined, nameError)}
              {...form.register('name')}
            />
          </FormField>
          <FormField id="line-member" label={t('lineFields.member')} error={memberError} grow>
            <Controller
              control={form.control}
              name="memberId"
              render={({ field }) => (
                <SelectControl
                  id="line-member"
                  value={field.value ?? NONE}
                  onChange={(v) => field.onChange(v === NONE ? null : v)}
                  options={[
                    { value: NONE, label: t('lines.noMember') },
                    ...members.map((m) => ({ value: m.id, label: m.name })),
                  ]}
                  describedBy={describedBy('line-member', undefined, memberError)}
                  invalid={Boolean(memberError)}
                />
              )}
            />
          </FormField>
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
          <FormField id="line-tier" label={t('lineFields.tier')} hint={t('lineFields.tierHint')} error={tierError}>
            <Controller
              control={form.control}
              name="tier"
              render={({ field }) => (
                <SelectControl
                  id="line-tier"
                  value={field.value ?? NONE}
                  onChange={(v) => field.onChange(v === NONE ? null : v)}
                  options={[
                    { value: NONE, label: t('lines.noTier') },
                    ...tierOptions.map((name) => ({ value: name, label: name })),
                  ]}
                  describedBy={describedBy('line-tier', t('lineFields.tierHint'), tierError)}
                  invalid={Boolean(tierError)}
                />
              )}
            />
          </FormField>
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

        {submitError.error ? <ApiErrorCallout error={submitError.error} /> : null}
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

function stripId(line: Line): LineInput {
  const { id: _id, ...input } = line;
  return input;
}
