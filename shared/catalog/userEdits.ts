/**
 * Edits a user makes to the catalog from the Compare page: "I checked: the
 * price is …" for a plan whose price was unknown, and "an offer you saw" (a
 * candidate plan of their own). Both are the user's own values, dated the day
 * they were entered; the catalog keeps them as edits (marked as theirs,
 * resettable) and Compare ranks with them. Pure: the caller saves the carrier.
 */
import { byUser } from './facts';
import type { Carrier, CatalogPlan } from './schema';

/** The carrier with `price` per line at `lines` lines for one tier of a plan (found by their names). */
export function withCheckedPrice(
  carrier: Carrier,
  planName: string,
  tierName: string,
  lines: number,
  price: number,
  on: string,
): Carrier {
  const next = structuredClone(carrier);
  const plan = Object.values(next.plans).find((p) => p.name === planName);
  const tier = plan && Object.values(plan.tiers).find((t) => t.name === tierName);
  if (!tier) throw new Error(`no tier "${tierName}" of plan "${planName}" at ${carrier.name}`);
  const known = tier.pricePerLine.value ?? [];
  const prices: (number | null)[] = Array.from({ length: Math.max(known.length, lines) }, (_, i) =>
    // Beyond the old list, its last entry stood for "more lines": that no longer holds once a later count is known.
    i < known.length ? (known[i] ?? null) : null,
  );
  prices[lines - 1] = price;
  tier.pricePerLine = byUser(prices, on);
  return next;
}

export interface OfferInput {
  name: string;
  kind: 'per-line' | 'pool';
  market: 'postpaid' | 'prepaid' | null;
  /** Price per line for 1, 2, … lines (the last for more); null where not given. */
  pricePerLine: (number | null)[];
  /** Per-line plans: high-speed data per line, 'unlimited', or null when the offer did not say. */
  dataGB: number | 'unlimited' | null;
  hotspotGB: number | 'unlimited' | null;
  /** Priority data per line; 'none' = no threshold. */
  premiumGB: number | 'none' | null;
  /** Pool plans: the GB every line shares. */
  poolGB: number | null;
}

/** A catalog key for a new plan: letters, digits and dashes, unique within the carrier. */
export function offerKey(carrier: Carrier, name: string): string {
  const base =
    `offer-${name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')}`.slice(0, 34) || 'offer';
  let key = base.replace(/-+$/, '');
  for (let i = 2; key in carrier.plans; i++) key = `${base.slice(0, 36)}-${i}`;
  return key;
}

/** The carrier with an offer the user saw, entered today as a plan of their own. */
export function withOffer(carrier: Carrier, offer: OfferInput, on: string): { carrier: Carrier; planId: string } {
  const next = structuredClone(carrier);
  const planId = offerKey(carrier, offer.name);
  const plan: CatalogPlan = {
    name: offer.name.trim(),
    status: byUser('current', on),
    market: offer.market,
    enteredOn: on,
    sharing: byUser(offer.kind === 'pool' ? 'pooled' : 'per-line', on),
    poolGB: byUser(offer.kind === 'pool' ? offer.poolGB : null, on),
    payPerGB: { priceUSD: byUser(null, on), includedGBPerLine: byUser(null, on), billedGBCap: byUser(null, on) },
    tiers: {
      offer: {
        name: offer.name.trim(),
        pricePerLine: byUser(offer.pricePerLine.length > 0 ? offer.pricePerLine : null, on),
        dataGB: byUser(offer.kind === 'pool' ? null : offer.dataGB, on),
        speedAfterDataKbps: byUser(null, on),
        premiumGB: byUser(offer.premiumGB, on),
        hotspotGB: byUser(offer.hotspotGB, on),
        hotspotSpeedAfterKbps: byUser(null, on),
      },
    },
    notes: [],
  };
  next.plans[planId] = plan;
  return { carrier: next, planId };
}
