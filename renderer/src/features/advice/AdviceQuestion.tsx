import { Flex, RadioCards, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RelationshipSchema, type Relationship } from '@shared/engine/advise';
import { MAX_GB } from '@shared/domain/units';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { AmountFormField } from '@renderer/ui/AmountFormField';
import { describedBy, FormField } from '@renderer/ui/FormField';
import { numberOrNull } from '@renderer/ui/numberInput';
import { SelectControl } from '@renderer/ui/SelectControl';
import { selectAdviceCarrier, selectAdviceLineId, selectAdvicePlan, selectPlanCatalogCarrier } from './selectors';

const NONE = '__none__';

/** The question: whose data (a line of the household, or any carrier), for whom, how much. */
export function AdviceQuestion() {
  return (
    <Flex direction="column" gap="4">
      <Flex gap="4" wrap="wrap" align="start">
        <LineChoice />
        <CarrierChoice />
        <PlanChoice />
      </Flex>
      <RelationshipChoice />
      <AmountField />
    </Flex>
  );
}

function LineChoice() {
  const { t } = useTranslation('advice');
  const lines = useStore((s) => s.lines);
  const lineId = useStore(selectAdviceLineId);
  const planCarrier = useStore((s) => s.plan?.carrier ?? null);
  const planCatalogCarrier = useStore(selectPlanCatalogCarrier);
  const planCarrierName = useStore(
    (s) => s.catalog.find((e) => e.carrier.id === planCatalogCarrier)?.carrier.name ?? null,
  );
  const chooseLine = useStore((s) => s.chooseAdviceLine);
  if (lines.length === 0) return null;

  // What choosing a line means here: the plan's carrier, or why it can't be used.
  const note =
    lineId === null
      ? t('page.lineHint')
      : planCarrier === null
        ? t('page.lineNoPlan')
        : planCarrierName === null
          ? t('page.lineCarrierNotInCatalog', { carrier: planCarrier })
          : t('page.lineCarrier', { carrier: planCarrierName });
  return (
    <FormField id="advice-line" label={t('page.line')} hint={note}>
      <SelectControl
        id="advice-line"
        value={lineId ?? NONE}
        onChange={(v) => chooseLine(v === NONE ? null : v)}
        options={[{ value: NONE, label: t('page.noLine') }, ...lines.map((l) => ({ value: l.id, label: l.name }))]}
        describedBy={describedBy('advice-line', note, undefined)}
      />
    </FormField>
  );
}

function CarrierChoice() {
  const { t } = useTranslation('advice');
  const catalog = useStore((s) => s.catalog);
  const carrierId = useStore(selectAdviceCarrier);
  const chooseCarrier = useStore((s) => s.chooseAdviceCarrier);
  return (
    <FormField id="advice-carrier" label={t('page.carrier')}>
      <SelectControl
        id="advice-carrier"
        value={carrierId ?? NONE}
        onChange={(v) => {
          if (v !== NONE) chooseCarrier(v);
        }}
        options={[
          ...(carrierId === null ? [{ value: NONE, label: t('page.chooseCarrier') }] : []),
          ...catalog.map((e) => ({ value: e.carrier.id, label: e.carrier.name })),
        ]}
      />
    </FormField>
  );
}

function PlanChoice() {
  const { t } = useTranslation('advice');
  const carrierId = useStore(selectAdviceCarrier);
  const entry = useStore((s) => s.catalog.find((e) => e.carrier.id === carrierId));
  const plans = entry ? Object.entries(entry.carrier.plans) : [];
  const planId = useStore(selectAdvicePlan);
  const choosePlan = useStore((s) => s.chooseAdvicePlan);
  if (plans.length === 0) return null;
  return (
    <FormField id="advice-plan" label={t('page.plan')} hint={t('page.planHint')}>
      <SelectControl
        id="advice-plan"
        value={planId ?? NONE}
        onChange={(v) => choosePlan(v === NONE ? null : v)}
        options={[
          { value: NONE, label: t('page.anyPlan') },
          ...plans.map(([id, plan]) => ({ value: id, label: plan.name })),
        ]}
        describedBy={describedBy('advice-plan', t('page.planHint'), undefined)}
      />
    </FormField>
  );
}

function RelationshipChoice() {
  const { t } = useTranslation('advice');
  const to = useStore((s) => s.adviceTo);
  const setTo = useStore((s) => s.setAdviceTo);
  return (
    <Flex direction="column" gap="2">
      <Text id="advice-to-label" size="2" weight="medium">
        {t('page.to')}
      </Text>
      <RadioCards.Root
        value={to}
        onValueChange={(v) => {
          const parsed = RelationshipSchema.safeParse(v);
          if (parsed.success) setTo(parsed.data);
        }}
        aria-labelledby="advice-to-label"
        columns={{ initial: '1', sm: '3' }}
      >
        {RelationshipSchema.options.map((r: Relationship) => (
          <RadioCards.Item
            key={r}
            value={r}
            aria-labelledby={`advice-to-${r}`}
            aria-describedby={`advice-to-${r}-hint`}
          >
            <Flex direction="column" gap="1" width="100%">
              <Text id={`advice-to-${r}`} weight="bold">
                {t(`relationships.${r}`)}
              </Text>
              <Text id={`advice-to-${r}-hint`} size="1" color="gray">
                {t(`page.relationshipHints.${r}`)}
              </Text>
            </Flex>
          </RadioCards.Item>
        ))}
      </RadioCards.Root>
    </Flex>
  );
}

/** Optional GB: what was typed stays in the field; only a valid amount changes the question. */
function AmountField() {
  const { t } = useTranslation(['advice', 'errors']);
  const format = useFormat();
  const gb = useStore((s) => s.adviceGB);
  const setGB = useStore((s) => s.setAdviceGB);
  const [text, setText] = useState(gb === null ? '' : String(gb));
  const [problem, setProblem] = useState<'number' | 'min' | 'max' | null>(null);
  const error =
    problem === 'number'
      ? t('errors:field.number')
      : problem === 'min'
        ? t('errors:field.min', { min: format.number(0) })
        : problem === 'max'
          ? t('errors:field.max', { max: format.number(MAX_GB) })
          : undefined;

  return (
    <AmountFormField
      id="advice-gb"
      label={t('page.amount')}
      hint={t('page.amountHint')}
      error={error}
      style={{ maxWidth: '10em' }}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const value = numberOrNull(e.target.value);
        const next =
          value !== null && Number.isNaN(value)
            ? 'number'
            : value !== null && value < 0
              ? 'min'
              : value !== null && value > MAX_GB
                ? 'max'
                : null;
        setProblem(next);
        if (next === null) setGB(value);
      }}
    />
  );
}
