import { describe, expect, test } from 'vitest';
import { findBuiltinCarrier } from '@shared/catalog/carriers';
import { withOffer } from '@shared/catalog/userEdits';
import { NEW_LINE } from '@shared/domain/defaults';
import type { Plan } from '@shared/domain/schemas';
import { draftWithCatalogPlan } from '@shared/planner/catalogPlan';
import type { HouseholdDraft } from '@shared/planner/draft';

const own: Plan = {
  name: 'Family Pool 30',
  carrier: 'verizon',
  kind: 'pool',
  poolGB: 30,
  cycleStartDay: 5,
  cycleLengthDays: 28,
  cycleAnchor: '2026-11-20',
  pricePerLine: [60, 50, 40],
  esim: true,
  tiers: [],
};

const household: HouseholdDraft = {
  plan: own,
  lines: [
    { ...NEW_LINE, id: 'mom', name: 'Mom' },
    { ...NEW_LINE, id: 'dad', name: 'Dad' },
  ],
  devices: [],
};

describe('a catalog plan in a what-if', () => {
  const tmobile = findBuiltinCarrier('tmobile')!;

  test('keeps the household’s cycle and puts each line on the tier asked for', () => {
    const plan = tmobile.plans.experience!;
    const tiers = Object.values(plan.tiers).map((t) => t.name);
    const chosen: Record<string, string> = { mom: tiers[0]!, dad: tiers[tiers.length - 1]! };
    const draft = draftWithCatalogPlan(household, tmobile, plan, (id) => chosen[id] ?? null);
    expect(draft.plan).toMatchObject({
      name: plan.name,
      carrier: 'tmobile',
      kind: 'per-line',
      cycleStartDay: 5,
      cycleLengthDays: 28,
      cycleAnchor: '2026-11-20',
    });
    expect(draft.lines.map((l) => l.tier)).toEqual([chosen.mom, chosen.dad]);
    expect(draft.devices).toBe(household.devices);
  });

  test('a price no source gives for this many lines stays unknown instead of a smaller account’s price', () => {
    const { carrier, planId } = withOffer(
      tmobile,
      {
        name: 'Seen deal',
        kind: 'per-line',
        market: 'postpaid',
        pricePerLine: [50, null, 30],
        dataGB: 'unlimited',
        hotspotGB: 10,
        premiumGB: 'none',
        poolGB: null,
      },
      '2026-12-07',
    );
    const draft = draftWithCatalogPlan(household, carrier, carrier.plans[planId]!, () => 'Seen deal');
    expect(draft.plan?.tiers[0]?.pricePerLine).toEqual([]);
  });

  test('an offer of a shared pool keeps its own pool size and its prices', () => {
    const { carrier, planId } = withOffer(
      tmobile,
      {
        name: 'Pool deal',
        kind: 'pool',
        market: 'postpaid',
        pricePerLine: [45, 35],
        dataGB: null,
        hotspotGB: 5,
        premiumGB: 'none',
        poolGB: 50,
      },
      '2026-12-07',
    );
    const draft = draftWithCatalogPlan(household, carrier, carrier.plans[planId]!, () => 'Pool deal');
    expect(draft.plan).toMatchObject({ kind: 'pool', poolGB: 50, pricePerLine: [45, 35], tiers: [] });
    expect(draft.lines.every((l) => l.tier === null)).toBe(true);
  });
});
