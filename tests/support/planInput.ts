/** A valid pool plan as the app's forms send it, for tests that break one rule at a time. */
export const POOL_PLAN_INPUT = {
  name: 'P',
  carrier: 'p',
  kind: 'pool',
  poolGB: 10,
  cycleStartDay: 1,
  cycleLengthDays: null,
  cycleAnchor: null,
  pricePerLine: [],
  esim: null,
  tiers: [],
};

/** A tier with every term unknown. */
export function tierInput(name: string) {
  return { name, dataGB: null, premiumGB: null, hotspotGB: null, pricePerLine: [] };
}
