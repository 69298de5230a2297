/**
 * Adding and removing plans and tiers in the catalog editor. Every change is
 * the user's own catalog edit: marked "changed by you" (or "added by you"),
 * and a built-in plan or tier can be put back as shipped.
 */
import { Badge, Button, Flex, Text } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Carrier, CatalogEntry } from '@shared/catalog/schema';
import {
  withPlanAdded,
  withPlanRemoved,
  withPlanReset,
  withTierAdded,
  withTierRemoved,
} from '@shared/catalog/userEdits';
import { toApiError } from '@renderer/app/noticeSlice';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { TextFormField } from '@renderer/ui/TextFormField';
import { todayIso } from '../cycle/dates';

function useSave() {
  const saveCarrier = useStore((s) => s.saveCarrier);
  const [error, setError] = useState<ReturnType<typeof toApiError> | null>(null);
  const save = async (carrier: Carrier) => {
    setError(null);
    try {
      await saveCarrier(carrier);
      return true;
    } catch (err) {
      setError(toApiError(err));
      return false;
    }
  };
  return { save, error };
}

/** A name field and a button: adds a plan or a tier of that name. */
function AddByName({
  id,
  label,
  button,
  onAdd,
}: {
  id: string;
  label: string;
  button: string;
  onAdd(name: string): Promise<boolean>;
}) {
  const { t } = useTranslation('catalog');
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (await onAdd(name)) setName('');
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={button}>
      <Flex gap="2" align="end" wrap="wrap">
        <TextFormField
          id={id}
          label={label}
          error={invalid ? t('editing.nameRequired') : undefined}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" variant="soft" size="2">
          {button}
        </Button>
      </Flex>
    </form>
  );
}

export function AddPlan({ entry }: { entry: CatalogEntry }) {
  const { t } = useTranslation('catalog');
  const { save, error } = useSave();
  return (
    <Flex direction="column" gap="2">
      <AddByName
        id="add-plan-name"
        label={t('editing.planName')}
        button={t('editing.addPlan')}
        onAdd={(name) => save(withPlanAdded(entry.carrier, name, todayIso()).carrier)}
      />
      {error ? <ApiErrorCallout error={error} /> : null}
    </Flex>
  );
}

/** Built-in plans the user removed, each with a way to put it back. */
export function RemovedPlans({ entry }: { entry: CatalogEntry }) {
  const { t } = useTranslation('catalog');
  const { save, error } = useSave();
  const builtin = entry.builtin;
  if (!builtin) return null;
  const removed = Object.entries(builtin.plans).filter(([id]) => !(id in entry.carrier.plans));
  if (removed.length === 0) return null;
  return (
    <Flex direction="column" gap="1">
      {removed.map(([id, plan]) => (
        <Flex key={id} gap="2" align="center" wrap="wrap">
          <Text size="2">{t('editing.removedPlan', { plan: plan.name })}</Text>
          <Button
            size="1"
            variant="soft"
            onClick={() => void save(withPlanReset(entry.carrier, builtin, id))}
            aria-label={t('editing.restoreNamed', { name: plan.name })}
          >
            {t('editing.restore')}
          </Button>
        </Flex>
      ))}
      {error ? <ApiErrorCallout error={error} /> : null}
    </Flex>
  );
}

export function PlanToolbar({ entry, planId }: { entry: CatalogEntry; planId: string }) {
  const { t } = useTranslation('catalog');
  const { save, error } = useSave();
  const plan = entry.carrier.plans[planId];
  if (!plan) return null;
  const builtin = entry.builtin;
  const inBuiltin = builtin !== null && planId in builtin.plans;
  const changed = entry.changedPaths.some((p) => p === `plans.${planId}` || p.startsWith(`plans.${planId}.`));
  return (
    <Flex direction="column" gap="2" mb="3">
      <Flex gap="2" wrap="wrap" align="center">
        {plan.market ? <Badge color="gray">{t(`values.${plan.market}`)}</Badge> : null}
        {plan.enteredOn ? <Badge color="blue">{t('editing.enteredOn', { date: plan.enteredOn })}</Badge> : null}
        {changed && inBuiltin ? <Badge color="blue">{t('fact.changed')}</Badge> : null}
        <Button
          size="1"
          variant="soft"
          color="red"
          onClick={() => void save(withPlanRemoved(entry.carrier, planId))}
          aria-label={t('editing.removePlanNamed', { name: plan.name })}
        >
          {t('editing.removePlan')}
        </Button>
        {changed && inBuiltin && builtin ? (
          <Button
            size="1"
            variant="soft"
            onClick={() => void save(withPlanReset(entry.carrier, builtin, planId))}
            aria-label={t('editing.resetPlanNamed', { name: plan.name })}
          >
            {t('editing.resetPlan')}
          </Button>
        ) : null}
      </Flex>
      <AddByName
        id={`add-tier-${planId}`}
        label={t('editing.tierName')}
        button={t('editing.addTier')}
        onAdd={(name) => save(withTierAdded(entry.carrier, planId, name, todayIso()))}
      />
      {error ? <ApiErrorCallout error={error} /> : null}
    </Flex>
  );
}

export function TierToolbar({ entry, planId, tierId }: { entry: CatalogEntry; planId: string; tierId: string }) {
  const { t } = useTranslation('catalog');
  const { save, error } = useSave();
  const tier = entry.carrier.plans[planId]?.tiers[tierId];
  if (!tier) return null;
  const builtin = entry.builtin;
  const inBuiltin = builtin?.plans[planId]?.tiers[tierId] !== undefined;
  const prefix = `plans.${planId}.tiers.${tierId}`;
  const changed = entry.changedPaths.some((p) => p === prefix || p.startsWith(`${prefix}.`));
  return (
    <Flex gap="2" wrap="wrap" align="center" mb="2">
      {changed && !inBuiltin ? <Badge color="blue">{t('editing.addedByYou')}</Badge> : null}
      <Button
        size="1"
        variant="soft"
        color="red"
        onClick={() => void save(withTierRemoved(entry.carrier, planId, tierId))}
        aria-label={t('editing.removeTierNamed', { name: tier.name })}
      >
        {t('editing.removeTier')}
      </Button>
      {changed && inBuiltin && builtin ? (
        <Button
          size="1"
          variant="soft"
          onClick={() => void save(withPlanReset(entry.carrier, builtin, planId, tierId))}
          aria-label={t('editing.resetTierNamed', { name: tier.name })}
        >
          {t('editing.resetTier')}
        </Button>
      ) : null}
      {error ? <ApiErrorCallout error={error} /> : null}
    </Flex>
  );
}
