import { Button, Flex, Text } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withCheckedPrice } from '@shared/catalog/userEdits';
import type { Comparison } from '@shared/engine/types';
import { toApiError } from '@renderer/app/noticeSlice';
import { useStore } from '@renderer/store';
import { FormOutcome } from '@renderer/ui/FormOutcome';
import { numberOrNull } from '@renderer/ui/numberInput';
import { TextFormField } from '@renderer/ui/TextFormField';
import { todayIso } from '../cycle/dates';

type Ranked = Comparison['ranking'][number];

/**
 * "I checked: the price is …" under a plan whose price for this many lines no
 * source gave: the user's answer is saved as their own catalog edit, dated
 * today (marked as theirs on the Carriers page, where it can be reset), and
 * the plan then ranks by its total.
 */
export function CheckPriceForm({ row, lineCount }: { row: Ranked; lineCount: number }) {
  const { t } = useTranslation('compare');
  const entry = useStore((s) => s.catalog.find((e) => e.carrier.id === row.carrier));
  const saveCarrier = useStore((s) => s.saveCarrier);
  const refresh = useStore((s) => s.refreshComparison);
  const tiers = [...new Set(Object.values(row.tiers ?? {}))];
  const [values, setValues] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ReturnType<typeof toApiError> | null>(null);

  const plan = entry && Object.values(entry.carrier.plans).find((p) => p.name === row.plan);
  if (!entry || !plan || tiers.length === 0) return null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const prices = tiers.map((tier) => numberOrNull(values[tier] ?? ''));
    const bad = tiers.find((_, i) => {
      const p = prices[i];
      return p === null || p === undefined || Number.isNaN(p) || p < 0 || p > 10_000;
    });
    if (bad !== undefined) {
      setInvalid(bad);
      return;
    }
    setInvalid(null);
    let carrier = entry.carrier;
    tiers.forEach((tier, i) => {
      carrier = withCheckedPrice(carrier, row.plan, tier, lineCount, prices[i]!, todayIso());
    });
    try {
      await saveCarrier(carrier);
      setSaved(true);
      await refresh();
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <details>
      <summary>
        <Text size="2">{t('check.summary')}</Text>
      </summary>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('check.summary')}>
        <Flex direction="column" gap="2" mt="2">
          {tiers.map((tier, i) => (
            <TextFormField
              key={tier}
              id={`check-${row.carrier}-${row.plan}-${i}`.replace(/[^A-Za-z0-9-]/g, '-')}
              label={t('check.tierPrice', { tier, count: lineCount })}
              error={invalid === tier ? t('check.invalid') : undefined}
              inputMode="decimal"
              value={values[tier] ?? ''}
              onChange={(e) => setValues((v) => ({ ...v, [tier]: e.target.value }))}
            />
          ))}
          <Flex>
            <Button type="submit" size="1">
              {t('check.save')}
            </Button>
          </Flex>
          <FormOutcome saved={saved ? t('check.saved') : null} error={error} />
        </Flex>
      </form>
    </details>
  );
}
