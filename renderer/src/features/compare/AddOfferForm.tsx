import { Button, Flex, Heading, Text } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withOffer, type OfferInput } from '@shared/catalog/userEdits';
import { toApiError } from '@renderer/app/noticeSlice';
import { useStore } from '@renderer/store';
import { FormOutcome } from '@renderer/ui/FormOutcome';
import { numberOrNull } from '@renderer/ui/numberInput';
import { SelectFormField } from '@renderer/ui/SelectFormField';
import { TextFormField } from '@renderer/ui/TextFormField';
import { todayIso } from '../cycle/dates';

type Field = 'name' | 'prices' | 'dataGB' | 'hotspotGB' | 'premiumGB' | 'poolGB';

/** "65, 55, ?" (also with Chinese commas) → [65, 55, null]; undefined when a part is not a number. */
function parsePrices(text: string): (number | null)[] | undefined {
  const items = text
    .trim()
    .split(/[,，、;；\s]+/)
    .filter((s) => s !== '');
  const parsed = items.map((item) => (item === '?' || item === '？' ? null : numberOrNull(item)));
  return parsed.some((p) => typeof p === 'number' && (Number.isNaN(p) || p < 0)) ? undefined : parsed;
}

/** A GB amount, a word for "no limit" ('unlimited' / 'none'), or null for empty; undefined when unreadable. */
function parseAmount<W extends string>(text: string, word: W): number | W | null | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  if (trimmed === word || trimmed === '不限' || trimmed === '无') return word;
  const n = numberOrNull(trimmed);
  return n === null || Number.isNaN(n) || n < 0 ? undefined : n;
}

/**
 * "Add an offer you saw": a candidate plan the user saw advertised (carrier,
 * kind, prices, terms). It is stored in the user's catalog edits, dated today
 * and marked as entered by them, and takes part in Compare.
 */
export function AddOfferForm() {
  const { t } = useTranslation('compare');
  const catalog = useStore((s) => s.catalog);
  const saveCarrier = useStore((s) => s.saveCarrier);
  const refresh = useStore((s) => s.refreshComparison);
  const [carrierId, setCarrierId] = useState('');
  const [kind, setKind] = useState<'per-line' | 'pool'>('per-line');
  const [text, setText] = useState<Record<Field, string>>({
    name: '',
    prices: '',
    dataGB: '',
    hotspotGB: '',
    premiumGB: '',
    poolGB: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ReturnType<typeof toApiError> | null>(null);
  const chosen = carrierId || catalog[0]?.carrier.id || '';

  const field = (name: Field) => ({
    value: text[name],
    onChange: (e: { target: { value: string } }) => setText((v) => ({ ...v, [name]: e.target.value })),
    error: errors[name],
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setError(null);
    const found: Partial<Record<Field, string>> = {};
    const prices = text.prices.trim() === '' ? [] : parsePrices(text.prices);
    const dataGB = parseAmount(text.dataGB, 'unlimited');
    const hotspotGB = parseAmount(text.hotspotGB, 'unlimited');
    const premiumGB = parseAmount(text.premiumGB, 'none');
    const pool = parseAmount(text.poolGB, 'unlimited');
    if (text.name.trim() === '') found.name = t('offer.errors.name');
    if (prices === undefined) found.prices = t('offer.errors.prices');
    if (dataGB === undefined) found.dataGB = t('offer.errors.amount');
    if (hotspotGB === undefined) found.hotspotGB = t('offer.errors.amount');
    if (premiumGB === undefined) found.premiumGB = t('offer.errors.amount');
    if (kind === 'pool' && typeof pool !== 'number') found.poolGB = t('offer.errors.pool');
    setErrors(found);
    const entry = catalog.find((c) => c.carrier.id === chosen);
    if (Object.keys(found).length > 0 || !entry) return;
    const offer: OfferInput = {
      name: text.name.trim().slice(0, 80),
      kind,
      market: null,
      pricePerLine: prices ?? [],
      dataGB: dataGB ?? null,
      hotspotGB: hotspotGB ?? null,
      premiumGB: premiumGB ?? null,
      poolGB: typeof pool === 'number' ? pool : null,
    };
    try {
      await saveCarrier(withOffer(entry.carrier, offer, todayIso()).carrier);
      setSaved(true);
      setText({ name: '', prices: '', dataGB: '', hotspotGB: '', premiumGB: '', poolGB: '' });
      await refresh();
    } catch (err) {
      setError(toApiError(err));
    }
  };

  if (catalog.length === 0) return null;
  return (
    <section aria-labelledby="compare-offer-heading" data-testid="compare-add-offer">
      <details>
        <summary>
          <Heading as="h3" size="3" id="compare-offer-heading" style={{ display: 'inline' }}>
            {t('offer.summary')}
          </Heading>
        </summary>
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="compare-offer-heading">
          <Flex direction="column" gap="3" mt="2" maxWidth="32rem">
            <Text size="2" color="gray">
              {t('offer.intro')}
            </Text>
            <SelectFormField
              id="offer-carrier"
              label={t('offer.carrier')}
              value={chosen}
              onChange={setCarrierId}
              options={catalog.map((c) => ({ value: c.carrier.id, label: c.carrier.name }))}
            />
            <TextFormField id="offer-name" label={t('offer.name')} autoComplete="off" {...field('name')} />
            <SelectFormField
              id="offer-kind"
              label={t('offer.kind')}
              value={kind}
              onChange={(v) => setKind(v === 'pool' ? 'pool' : 'per-line')}
              options={[
                { value: 'per-line', label: t('offer.kindPerLine') },
                { value: 'pool', label: t('offer.kindPool') },
              ]}
            />
            <TextFormField
              id="offer-prices"
              label={t('offer.prices')}
              hint={t('offer.pricesHint')}
              autoComplete="off"
              {...field('prices')}
            />
            {kind === 'pool' ? (
              <TextFormField id="offer-pool" label={t('offer.poolGB')} inputMode="decimal" {...field('poolGB')} />
            ) : (
              <TextFormField
                id="offer-data"
                label={t('offer.dataGB')}
                hint={t('offer.unknownHint')}
                autoComplete="off"
                {...field('dataGB')}
              />
            )}
            <TextFormField
              id="offer-hotspot"
              label={t('offer.hotspotGB')}
              hint={t('offer.unknownHint')}
              autoComplete="off"
              {...field('hotspotGB')}
            />
            <TextFormField
              id="offer-premium"
              label={t('offer.premiumGB')}
              hint={t('offer.unknownHint')}
              autoComplete="off"
              {...field('premiumGB')}
            />
            <Flex>
              <Button type="submit">{t('offer.save')}</Button>
            </Flex>
            <FormOutcome saved={saved ? t('offer.saved') : null} error={error} />
          </Flex>
        </form>
      </details>
    </section>
  );
}
