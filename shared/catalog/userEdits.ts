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

/** A catalog key for a new record entry (plan or tier) from its name, unique among `taken`. */
export function keyFor(name: string, taken: readonly string[], prefix = ''): string {
  const slug =
    `${prefix}${name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')}`
      .slice(0, 34)
      .replace(/-+$/, '') || `${prefix}new`.replace(/-+$/, '');
  let key = /^[a-z0-9]/.test(slug) ? slug : `x${slug}`.slice(0, 34);
  for (let i = 2; taken.includes(key); i++) key = `${slug.slice(0, 36)}-${i}`;
  return key;
}

/** The carrier with a new plan of the user's own, entered today; its facts are unknown until the user fills them in. */
export function withPlanAdded(carrier: Carrier, name: string, on: string): { carrier: Carrier; planId: string } {
  const next = structuredClone(carrier);
  const planId = keyFor(name, Object.keys(carrier.plans));
  next.plans[planId] = {
    name: name.trim().slice(0, 80),
    status: byUser('current', on),
    market: null,
    enteredOn: on,
    sharing: byUser(null, on),
    poolGB: byUser(null, on),
    payPerGB: { priceUSD: byUser(null, on), includedGBPerLine: byUser(null, on), billedGBCap: byUser(null, on) },
    tiers: { [keyFor(name, [])]: emptyTier(name, on) },
    notes: [],
  };
  return { carrier: next, planId };
}

function emptyTier(name: string, on: string): CatalogPlan['tiers'][string] {
  return {
    name: name.trim().slice(0, 80),
    pricePerLine: byUser(null, on),
    dataGB: byUser(null, on),
    speedAfterDataKbps: byUser(null, on),
    premiumGB: byUser(null, on),
    hotspotGB: byUser(null, on),
    hotspotSpeedAfterKbps: byUser(null, on),
  };
}

export function withPlanRemoved(carrier: Carrier, planId: string): Carrier {
  const next = structuredClone(carrier);
  delete next.plans[planId];
  return next;
}

export function withTierAdded(carrier: Carrier, planId: string, name: string, on: string): Carrier {
  const next = structuredClone(carrier);
  const plan = next.plans[planId];
  if (!plan) throw new Error(`no plan ${planId}`);
  plan.tiers[keyFor(name, Object.keys(plan.tiers))] = emptyTier(name, on);
  return next;
}

export function withTierRemoved(carrier: Carrier, planId: string, tierId: string): Carrier {
  const next = structuredClone(carrier);
  const plan = next.plans[planId];
  if (plan) delete plan.tiers[tierId];
  return next;
}

/**
 * The carrier with one plan (or one tier of it) as the built-in catalog has
 * it: the user's changes there undone. A plan or tier the built-in catalog
 * does not have is removed.
 */
export function withPlanReset(carrier: Carrier, builtin: Carrier, planId: string, tierId?: string): Carrier {
  const next = structuredClone(carrier);
  const original = builtin.plans[planId];
  if (tierId === undefined) {
    if (original) next.plans[planId] = structuredClone(original);
    else delete next.plans[planId];
    return next;
  }
  const plan = next.plans[planId];
  if (!plan) return next;
  const tier = original?.tiers[tierId];
  if (tier) plan.tiers[tierId] = structuredClone(tier);
  else delete plan.tiers[tierId];
  return next;
}
