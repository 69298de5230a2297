/**
 * A catalog plan as the household's own plan, to prefill the plan form or a
 * what-if. Terms no source gives stay unknown in the catalog; here they must
 * become a value, so they take the least favourable one (no priority data, no
 * hotspot) and a tier with unknown high-speed data keeps unlimited only when
 * the catalog says so. Prices stop at the first line count with no price.
 */
import type { Carrier, CatalogPlan, CatalogTier } from '../catalog/schema';
import { isSharedPool } from '../catalog/plans';
import type { Plan, Tier } from '../domain/schemas';
import type { HouseholdDraft } from './draft';

function knownPrices(prices: readonly (number | null)[] | null): number[] {
  const out: number[] = [];
  for (const p of prices ?? []) {
    if (p === null) break;
    out.push(p);
  }
  return out;
}

function tierOf(tier: CatalogTier): Tier {
  const data = tier.dataGB.value;
  const premium = tier.premiumGB.value;
  const hotspot = tier.hotspotGB.value;
  return {
    name: tier.name,
    dataGB: data === null || data === 'unlimited' ? null : data,
    premiumGB: premium === null ? 0 : premium === 'none' ? null : premium,
    hotspotGB: hotspot === null ? 0 : hotspot === 'unlimited' ? null : hotspot,
    pricePerLine: knownPrices(tier.pricePerLine.value),
  };
}

/** The plan (all its tiers; lines pick theirs) with a monthly cycle starting on `cycleStartDay`. */
export function planFromCatalog(carrier: Carrier, plan: CatalogPlan, cycleStartDay: number): Plan {
  const tiers = Object.values(plan.tiers).map(tierOf);
  const pooled = plan.sharing.value === 'pooled';
  return {
    name: plan.name.slice(0, 80),
    carrier: carrier.id,
    kind: pooled ? 'pool' : 'per-line',
    poolGB: null,
    cycleStartDay,
    cycleLengthDays: null,
    cycleAnchor: null,
    pricePerLine: tiers[0]?.pricePerLine ?? [],
    esim: carrier.esim.value,
    tiers: pooled ? [] : tiers,
  };
}

/** The catalog carrier a typed name means (its display name or id, any case); null for any other carrier. */
export function catalogCarrierNamed<C extends { id: string; name: string }>(
  text: string,
  carriers: readonly C[],
): C | null {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return null;
  return carriers.find((c) => c.name.toLowerCase() === wanted || c.id === wanted) ?? null;
}

/** A carrier id for a typed name: the catalog's id when it is one, else the name in lower-case letters, digits and dashes. */
export function carrierIdFor<C extends { id: string; name: string }>(text: string, carriers: readonly C[]): string {
  const known = catalogCarrierNamed(text, carriers);
  if (known) return known.id;
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'other';
}

/**
 * A what-if with a catalog plan in place of the household's, as Compare ranks
 * it: a shared pool only when its size is known (else line by line on its
 * tiers), its prices, and the household's own billing cycle. On a per-line
 * plan each line gets the tier `tierFor` names for it.
 */
export function draftWithCatalogPlan(
  draft: HouseholdDraft,
  carrier: Carrier,
  plan: CatalogPlan,
  tierFor: (lineId: string) => string | null,
): HouseholdDraft {
  const next = planFromCatalog(carrier, plan, draft.plan?.cycleStartDay ?? 1);
  const cycle = draft.plan
    ? {
        cycleStartDay: draft.plan.cycleStartDay,
        cycleLengthDays: draft.plan.cycleLengthDays,
        cycleAnchor: draft.plan.cycleAnchor,
      }
    : {};
  const pooled = isSharedPool(plan);
  // A price list with a gap at or before the household's line count would
  // read a smaller account's price as this one's: such a price stays unknown.
  const n = draft.lines.length;
  const prices = (list: readonly (number | null)[] | null): number[] => {
    const known = knownPrices(list);
    return known.length >= Math.min(n, list?.length ?? 0) ? known : [];
  };
  const tiers = Object.values(plan.tiers).map((t) => ({ ...tierOf(t), pricePerLine: prices(t.pricePerLine.value) }));
  const first = tiers[0]?.pricePerLine ?? [];
  const candidate: Plan = pooled
    ? { ...next, ...cycle, kind: 'pool', poolGB: plan.poolGB.value, pricePerLine: first, tiers: [] }
    : // Each line pays its tier's price; a tier with no price is not costed as another's.
      { ...next, ...cycle, kind: 'per-line', poolGB: null, pricePerLine: [], tiers };
  return {
    ...draft,
    plan: candidate,
    lines: draft.lines.map((l) => ({ ...l, tier: pooled ? null : tierFor(l.id) })),
  };
}
