/**
 * Whether lines on one account share data, and the facts and plans that say
 * so: the question under the pool, the per-line limit and the added line.
 */
import type { Carrier, CatalogPlan, Fact, SharingModel } from '../../catalog/schema';
import type { MessageResources } from '../../i18n/en';
import type { AdviceMessage, AdvicePhrase, AdviceStatus, AdviceValue, Relationship } from './schema';

type AdviceMessages = MessageResources['advice'];
/** A code of the advice messages in one section: `caveats.payPerGB`. The compiler checks it names a message. */
export type MessageCode<S extends 'reasons' | 'steps' | 'caveats' | 'words'> = S extends unknown
  ? `${S}.${keyof AdviceMessages[S] & string}`
  : never;

export type FactRef = { path: string; fact: Fact<unknown> };
export type PlanRef = { id: string; plan: CatalogPlan };

export type Ctx = {
  carrier: Carrier;
  plan: PlanRef | null;
  to: Relationship;
  gb: number | null;
};

export function msg(
  code: MessageCode<'reasons' | 'steps' | 'caveats'>,
  values: Record<string, AdviceValue> = {},
): AdviceMessage {
  return { code, values };
}

export function phrase(code: MessageCode<'words'>, values: Record<string, string | number> = {}): AdvicePhrase {
  return { code, values };
}

export function ref(path: string, fact: Fact<unknown>): FactRef {
  return { path, fact };
}

export function planPath(p: PlanRef, rest: string): string {
  return `plans.${p.id}.${rest}`;
}

/** Plans still sold (or not known to be retired or ended). */
export function currentPlans(carrier: Carrier): PlanRef[] {
  return Object.entries(carrier.plans)
    .filter(([, plan]) => plan.status.value !== 'legacy' && plan.status.value !== 'ended')
    .map(([id, plan]) => ({ id, plan }));
}

/** "Verizon's current plans" or the plan's name: what a sharing statement is about. */
export function scope(ctx: Ctx): AdviceValue {
  return ctx.plan ? ctx.plan.plan.name : phrase('words.currentPlans');
}

export type Pooling = {
  state: AdviceStatus;
  basis: FactRef[];
  model: SharingModel | null;
  /** Plans whose lines share data (the requested plan, or the carrier's current pooled plans). */
  pooledPlans: PlanRef[];
};

/**
 * Do lines on the same account share data? With a plan, the plan says so;
 * without one, the carrier does, and a `mixed` carrier needs at least one
 * current plan the catalog knows to be pooled.
 */
export function pooling(ctx: Ctx): Pooling {
  const { carrier, plan } = ctx;
  if (plan) {
    const fact = ref(planPath(plan, 'sharing'), plan.plan.sharing);
    const model = plan.plan.sharing.value;
    if (model === null) return { state: 'unknown', basis: [fact], model, pooledPlans: [] };
    return {
      state: model === 'pooled' ? 'yes' : 'no',
      basis: [fact],
      model,
      pooledPlans: model === 'pooled' ? [plan] : [],
    };
  }
  const account = ref('account.sharing', carrier.account.sharing);
  const model = carrier.account.sharing.value;
  const pooled = currentPlans(carrier).filter((p) => p.plan.sharing.value === 'pooled');
  const pooledRefs = pooled.map((p) => ref(planPath(p, 'sharing'), p.plan.sharing));
  switch (model) {
    case null:
      return { state: 'unknown', basis: [account], model, pooledPlans: [] };
    case 'pooled':
      return { state: 'yes', basis: [account], model, pooledPlans: pooled };
    case 'mixed':
      return pooled.length > 0
        ? { state: 'yes', basis: [account, ...pooledRefs], model, pooledPlans: pooled }
        : { state: 'unknown', basis: [account], model, pooledPlans: [] };
    default:
      return { state: 'no', basis: [account], model, pooledPlans: [] };
  }
}

export function notPooledReason(ctx: Ctx, model: SharingModel | null): AdviceMessage {
  const what = scope(ctx);
  if (model === 'billing-only') return msg('reasons.poolBillingOnly', { what });
  if (model === 'separate-accounts') return msg('reasons.poolSeparateAccounts', { what });
  return msg('reasons.poolPerLine', { what });
}

export function pooledPlanNames(ctx: Ctx, pool: Pooling): AdviceValue {
  // A user-edited carrier may say "pooled" without listing its plans.
  if (pool.pooledPlans.length === 0) return scope(ctx);
  return { list: pool.pooledPlans.map((p) => p.plan.name) };
}

/** Per-GB price of the pooled plan the advice is about, if a source gives one. */
export function perGBPrice(pooledPlans: readonly PlanRef[]): { plan: PlanRef; priceUSD: number } | null {
  const plan = pooledPlans[0];
  const price = plan?.plan.payPerGB.priceUSD.value;
  return plan && price !== null && price !== undefined ? { plan, priceUSD: price } : null;
}

/**
 * What the amount asked for costs on a pay-per-GB plan: its GB price for each
 * GB beyond what a line includes (Google Fi Flexible: $10 for every GB;
 * Spectrum By the Gig: $5 for each GB after the line's first). Null without
 * an amount or a known GB price.
 */
export function amountCharge(ctx: Ctx, pooledPlans: readonly PlanRef[]): { plan: PlanRef; usd: number } | null {
  if (ctx.gb === null) return null;
  const perGB = perGBPrice(pooledPlans);
  if (!perGB) return null;
  const included = perGB.plan.plan.payPerGB.includedGBPerLine.value ?? 0;
  return { plan: perGB.plan, usd: perGB.priceUSD * Math.max(0, ctx.gb - included) };
}
