import { Button, Flex, Text, TextField } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/domain/schemas';
import { draftWithCatalogPlan } from '@shared/planner/catalogPlan';
import { useStore } from '@renderer/store';
import { AmountInput } from '@renderer/ui/AmountInput';
import { FormField } from '@renderer/ui/FormField';
import { SelectControl, type SelectOption } from '@renderer/ui/SelectControl';
import { nullableSelect } from '@renderer/ui/nullableSelect';
import { EditorCard, useEdit } from './parts';

/** The plan: kind, pool size, prices, cycle, or a catalog plan and tier picked by name. */
export function PlanEditor({ plan }: { plan: Plan | null }) {
  const { t } = useTranslation('whatif');
  const edit = useEdit();
  const setPlan = (patch: Partial<Plan>) => edit((d) => (d.plan ? { ...d, plan: { ...d.plan, ...patch } } : d));
  return (
    <EditorCard heading={t('plan.heading')}>
      {plan ? (
        <Text size="2" data-testid="whatif-plan-name">
          {t('plan.current', { name: plan.name })}
        </Text>
      ) : null}
      <CatalogPicker />
      {plan ? (
        <Flex direction="column" gap="3">
          <Flex gap="3" wrap="wrap" align="end">
            <FormField id="whatif-kind" label={t('plan.kind')}>
              <SelectControl
                id="whatif-kind"
                value={plan.kind}
                onChange={(v) => setPlan({ kind: v as Plan['kind'] })}
                options={(['pool', 'per-line'] as const).map((k) => ({ value: k, label: t(`plan.kinds.${k}`) }))}
              />
            </FormField>
            {plan.kind === 'pool' ? (
              <FormField id="whatif-pool" label={t('plan.poolGB')}>
                <AmountInput
                  id="whatif-pool"
                  label={t('plan.poolGB')}
                  value={plan.poolGB}
                  unit="GB"
                  onChange={(v) => setPlan({ poolGB: v })}
                  testId="whatif-pool"
                />
              </FormField>
            ) : null}
            <FormField id="whatif-cycle-start" label={t('plan.cycleStartDay')}>
              <AmountInput
                id="whatif-cycle-start"
                label={t('plan.cycleStartDay')}
                value={plan.cycleStartDay}
                onChange={(v) => {
                  if (v !== null && Number.isInteger(v) && v >= 1 && v <= 31)
                    setPlan({ cycleStartDay: v, cycleLengthDays: null, cycleAnchor: null });
                }}
                width="5em"
              />
            </FormField>
          </Flex>
          <PricesField prices={plan.pricePerLine} onChange={(pricePerLine) => setPlan({ pricePerLine })} />
        </Flex>
      ) : (
        <Text size="2" color="gray">
          {t('noPlan')}
        </Text>
      )}
    </EditorCard>
  );
}

/** Prices typed as a list ("60, 50, 40"); each valid list is passed on at once. */
function PricesField({ prices, onChange }: { prices: number[]; onChange(prices: number[]): void }) {
  const { t } = useTranslation('whatif');
  // The typed text stays while typing; a price list changed elsewhere (a catalog plan) replaces it.
  const source = prices.join(', ');
  const [text, setText] = useState(source);
  const [shown, setShown] = useState(source);
  const [typing, setTyping] = useState(false);
  if (source !== shown && !typing) {
    setShown(source);
    setText(source);
  }
  return (
    <FormField id="whatif-prices" label={t('plan.prices')}>
      <TextField.Root
        id="whatif-prices"
        value={text}
        onFocus={() => setTyping(true)}
        onBlur={() => setTyping(false)}
        onChange={(e) => {
          setText(e.target.value);
          const parts = e.target.value
            .split(/[,，、\s]+/)
            .filter(Boolean)
            .map(Number);
          if (parts.every((p) => Number.isFinite(p) && p >= 0)) onChange(parts);
        }}
      />
    </FormField>
  );
}

/** A catalog plan and tier picked by carrier and plan name; the tier goes to every line. */
function CatalogPicker() {
  const { t } = useTranslation('whatif');
  const loadCatalog = useStore((s) => s.loadCatalog);
  const catalog = useStore((s) => s.catalog);
  const edit = useEdit();
  useEffect(() => void loadCatalog(), [loadCatalog]);
  const [carrierId, setCarrierId] = useState<string | null>(null);
  const [planKey, setPlanKey] = useState<string | null>(null);
  const [tierKey, setTierKey] = useState<string | null>(null);
  const carrier = catalog.find((e) => e.carrier.id === carrierId)?.carrier;
  const plan = planKey === null ? undefined : carrier?.plans[planKey];
  const tiers = plan ? Object.entries(plan.tiers) : [];
  const use = () => {
    if (!carrier || !plan) return;
    const tierName = (tierKey === null ? undefined : plan.tiers[tierKey]?.name) ?? null;
    edit((d) => draftWithCatalogPlan(d, carrier, plan, () => tierName));
  };
  return (
    <Flex gap="2" wrap="wrap" align="end">
      <Choice
        id="whatif-catalog-carrier"
        label={t('plan.catalogCarrier')}
        value={carrierId}
        onChange={(v) => {
          setCarrierId(v);
          setPlanKey(null);
          setTierKey(null);
        }}
        options={catalog.map((e) => ({ value: e.carrier.id, label: e.carrier.name }))}
      />
      {carrier ? (
        <Choice
          id="whatif-catalog-plan"
          label={t('plan.catalogPlan')}
          value={planKey}
          onChange={(v) => {
            setPlanKey(v);
            setTierKey(null);
          }}
          options={Object.entries(carrier.plans).map(([key, p]) => ({ value: key, label: p.name }))}
        />
      ) : null}
      {tiers.length > 1 ? (
        <Choice
          id="whatif-catalog-tier"
          label={t('plan.catalogTier')}
          value={tierKey}
          onChange={setTierKey}
          options={tiers.map(([key, tier]) => ({ value: key, label: tier.name }))}
        />
      ) : null}
      <Button variant="soft" disabled={!plan} onClick={use}>
        {t('plan.pickCatalog')}
      </Button>
    </Flex>
  );
}

/** A labelled select whose first option, "Choose…", is nothing chosen yet. */
function Choice(props: {
  id: string;
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  options: SelectOption[];
}) {
  const { t } = useTranslation('whatif');
  return (
    <FormField id={props.id} label={props.label}>
      <SelectControl
        id={props.id}
        {...nullableSelect({ value: props.value, onChange: props.onChange }, t('plan.none'), props.options)}
      />
    </FormField>
  );
}
