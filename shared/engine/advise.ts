/**
 * "Can I share my data?". For a carrier (and a
 * plan, if known), a recipient relationship and optionally an amount in GB,
 * returns every option kind with whether it works, why not, an estimated
 * monthly cost, steps, caveats, and the source and verified date of the fact
 * that decided it.
 *
 * The rule that keeps the advice honest: an option is possible only when
 * every catalog fact it depends on (`basis`) is known and allows it. A fact
 * the catalog does not know makes the option `unknown`, never possible, and
 * the reason says "Unknown — check with the carrier". An option ruled out by
 * the relationship alone (a pool can't reach another account) is `no`.
 *
 * Pure: no I/O, no clock; texts come from shared/i18n/advice.ts.
 */
import { z } from 'zod';
import { PREPAID_ESIM } from '../catalog/general';
import {
  CatalogKeySchema,
  ReliabilitySchema,
  SharingModelSchema,
  type Carrier,
  type CatalogPlan,
  type CatalogTier,
  type Fact,
  type SharingModel,
} from '../catalog/schema';
import { LocaleSchema, TextSchema, type Locale } from '../domain/schemas';
import { MAX_GB } from '../domain/units';
import { messageCatalogs, type MessageResources } from '../i18n';
import { formatMessage } from '../i18n/render';

type AdviceMessages = MessageResources['advice'];

export const RelationshipSchema = z.enum(['same-account', 'household', 'other']);
export type Relationship = z.infer<typeof RelationshipSchema>;

export const AdviceOptionKindSchema = z.enum([
  'shared-pool',
  'per-line-limit',
  'hotspot',
  'add-line',
  'data-only-line',
  'gift',
  'prepaid-esim',
]);
export type AdviceOptionKind = z.infer<typeof AdviceOptionKindSchema>;
export const ADVICE_OPTION_KINDS: readonly AdviceOptionKind[] = AdviceOptionKindSchema.options;

/** yes = possible; no = the carrier's facts (or the relationship) rule it out; unknown = a fact it needs is unknown. */
export const AdviceStatusSchema = z.enum(['yes', 'no', 'unknown']);
export type AdviceStatus = z.infer<typeof AdviceStatusSchema>;

export const AdviceRequestSchema = z
  .object({
    carrier: TextSchema.min(1).max(40),
    to: RelationshipSchema,
    gb: z.number().finite().min(0).max(MAX_GB).optional(),
    locale: LocaleSchema.optional(),
    /** A plan id of this carrier's catalog entry, when the user knows their plan. */
    plan: CatalogKeySchema.optional(),
  })
  .strict();
export type AdviceRequest = z.infer<typeof AdviceRequestSchema>;

export const AdviceOptionSchema = z.object({
  kind: AdviceOptionKindSchema,
  title: z.string(),
  possible: z.boolean(),
  status: AdviceStatusSchema,
  /** Estimated extra cost per month in USD; null when no source gives a price. */
  monthlyCost: z.number().nullable(),
  steps: z.array(z.string()),
  caveats: z.array(z.string()),
  /**
   * False when the option cannot apply to the chosen relationship at all (a
   * per-line limit for a friend on another account): the UI folds these away
   * under "other ways" instead of showing them as failures.
   */
  applies: z.boolean(),
  /** Why not (or why unknown); null when possible. */
  reason: z.string().nullable(),
  /** The source's own words for the fact that decided the answer. */
  quote: z.string().nullable(),
  source: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  verified: z.string().nullable(),
  sourceDate: z.string().nullable(),
  reliability: ReliabilitySchema.nullable(),
  /** Catalog fact paths the answer rests on (see basisFact). */
  basis: z.array(z.string()),
});
export type AdviceOption = z.infer<typeof AdviceOptionSchema>;

export const AdviceSchema = z.object({
  carrier: z.string(),
  carrierName: z.string(),
  parentNetwork: z.string().nullable(),
  to: RelationshipSchema,
  gb: z.number().nullable(),
  plan: z.string().nullable(),
  locale: LocaleSchema,
  /** How lines on this carrier (or plan) share data, explained. */
  sharing: z.object({ model: SharingModelSchema.nullable(), title: z.string(), text: z.string() }),
  options: z.array(AdviceOptionSchema),
});
export type Advice = z.infer<typeof AdviceSchema>;

/** A request naming a plan the carrier's catalog entry does not have. */
export class UnknownPlanError extends Error {
  readonly field = 'plan';
  constructor(carrier: Carrier, planId: string) {
    super(
      `plan: unknown plan "${planId}" for carrier "${carrier.id}". Known plans: ${Object.keys(carrier.plans).join(', ')}`,
    );
    this.name = 'UnknownPlanError';
  }
}

/** Path of the carrier-independent prepaid eSIM fact in an option's `basis`. */
export const PREPAID_ESIM_PATH = 'general.prepaidEsim';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The catalog fact at a `basis` path, so the UI and tests can show what an answer rests on. */
export function basisFact(carrier: Carrier, path: string): Fact<unknown> | undefined {
  if (path === PREPAID_ESIM_PATH) return PREPAID_ESIM;
  let node: unknown = carrier;
  for (const key of path.split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return isRecord(node) && 'value' in node && 'source' in node ? (node as Fact<unknown>) : undefined;
}

type FactRef = { path: string; fact: Fact<unknown> };
type PlanRef = { id: string; plan: CatalogPlan };

type Outcome = {
  status: AdviceStatus;
  /** False: ruled out by the relationship alone, whatever the carrier allows. */
  applies?: boolean;
  reason?: string;
  /** The fact that decided the outcome: its source and date are the option's. */
  decisive: FactRef | null;
  basis: FactRef[];
  monthlyCost?: number | null;
  steps?: string[];
  caveats?: string[];
};

type Ctx = {
  carrier: Carrier;
  plan: PlanRef | null;
  to: Relationship;
  gb: number | null;
  locale: Locale;
  m: AdviceMessages;
  t: (template: string, values?: Record<string, string | number>) => string;
};

const STATUS_RANK: Record<AdviceStatus, number> = { yes: 0, unknown: 1, no: 2 };
const notApplicable = (reason: string): Outcome => ({
  status: 'no',
  applies: false,
  reason,
  decisive: null,
  basis: [],
});

export function advise(carrier: Carrier, request: AdviceRequest): Advice {
  const locale = request.locale ?? 'en';
  const m = messageCatalogs.advice[locale];
  let plan: PlanRef | null = null;
  if (request.plan !== undefined) {
    const found = carrier.plans[request.plan];
    if (!found) throw new UnknownPlanError(carrier, request.plan);
    plan = { id: request.plan, plan: found };
  }
  const ctx: Ctx = {
    carrier,
    plan,
    to: request.to,
    gb: request.gb ?? null,
    locale,
    m,
    t: (template, values = {}) => formatMessage(template, { carrier: carrier.name, ...values }),
  };

  const outcomes: Record<AdviceOptionKind, Outcome> = {
    'shared-pool': sharedPool(ctx),
    'per-line-limit': perLineLimit(ctx),
    hotspot: hotspot(ctx),
    'add-line': addLine(ctx),
    'data-only-line': dataOnlyLine(ctx),
    gift: gift(ctx),
    'prepaid-esim': prepaidEsim(ctx),
  };
  const options = ADVICE_OPTION_KINDS.map((kind) => finish(ctx, kind, outcomes[kind])).sort(
    (a, b) =>
      Number(b.applies) - Number(a.applies) ||
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      costRank(a.monthlyCost) - costRank(b.monthlyCost) ||
      ADVICE_OPTION_KINDS.indexOf(a.kind) - ADVICE_OPTION_KINDS.indexOf(b.kind),
  );

  const model = (plan ? plan.plan.sharing.value : carrier.account.sharing.value) ?? null;
  const explained = m.sharingModels[model ?? 'unknown'];
  return {
    carrier: carrier.id,
    carrierName: carrier.name,
    parentNetwork: carrier.parentNetwork,
    to: request.to,
    gb: ctx.gb,
    plan: plan?.id ?? null,
    locale,
    sharing: { model, title: explained.title, text: explained.body },
    options,
  };
}

/** Cheapest first; an unknown price after every known one. */
function costRank(cost: number | null): number {
  return cost ?? Number.POSITIVE_INFINITY;
}

// ---------------------------------------------------------------------------
// Helpers

function ref(path: string, fact: Fact<unknown>): FactRef {
  return { path, fact };
}

function planPath(p: PlanRef, rest: string): string {
  return `plans.${p.id}.${rest}`;
}

/** Plans still sold (or not known to be retired or ended). */
function currentPlans(carrier: Carrier): PlanRef[] {
  return Object.entries(carrier.plans)
    .filter(([, plan]) => plan.status.value !== 'legacy' && plan.status.value !== 'ended')
    .map(([id, plan]) => ({ id, plan }));
}

function listOf(ctx: Ctx, names: readonly string[]): string {
  return names.join(ctx.m.words.listSeparator);
}

function money(usd: number): string {
  return `$${Number(usd.toFixed(2))}`;
}

function speed(kbps: number): string {
  return kbps >= 1000 ? `${Number((kbps / 1000).toFixed(1))} Mbps` : `${kbps} kbps`;
}

function noteOf(ctx: Ctx, fact: Fact<unknown> | undefined): string[] {
  if (!fact?.note) return [];
  return [ctx.locale === 'zh-CN' ? fact.note.zh : fact.note.en];
}

/** "Verizon's current plans" or the plan's name: what a sharing statement is about. */
function scope(ctx: Ctx): string {
  return ctx.plan ? ctx.plan.plan.name : ctx.t(ctx.m.words.currentPlans);
}

type Pooling = {
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
function pooling(ctx: Ctx): Pooling {
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

function notPooledReason(ctx: Ctx, model: SharingModel | null): string {
  const what = scope(ctx);
  if (model === 'billing-only') return ctx.t(ctx.m.reasons.poolBillingOnly, { what });
  if (model === 'separate-accounts') return ctx.t(ctx.m.reasons.poolSeparateAccounts, { what });
  return ctx.t(ctx.m.reasons.poolPerLine, { what });
}

function pooledPlanNames(ctx: Ctx, pooling: Pooling): string {
  // A user-edited carrier may say "pooled" without listing its plans.
  if (pooling.pooledPlans.length === 0) return scope(ctx);
  return listOf(
    ctx,
    pooling.pooledPlans.map((p) => p.plan.name),
  );
}

/** Per-GB price of the pooled plan the advice is about, if a source gives one. */
function perGBPrice(pooledPlans: readonly PlanRef[]): { plan: PlanRef; priceUSD: number } | null {
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
function amountCharge(ctx: Ctx, pooledPlans: readonly PlanRef[]): { plan: PlanRef; usd: number } | null {
  if (ctx.gb === null) return null;
  const perGB = perGBPrice(pooledPlans);
  if (!perGB) return null;
  const included = perGB.plan.plan.payPerGB.includedGBPerLine.value ?? 0;
  return { plan: perGB.plan, usd: perGB.priceUSD * Math.max(0, ctx.gb - included) };
}

function payPerGBCaveats(ctx: Ctx, plan: PlanRef): string[] {
  const { payPerGB, name } = plan.plan;
  const caveats: string[] = [];
  if (payPerGB.priceUSD.value !== null) {
    caveats.push(ctx.t(ctx.m.caveats.payPerGB, { plan: name, price: money(payPerGB.priceUSD.value) }));
  }
  if (payPerGB.includedGBPerLine.value !== null) {
    caveats.push(ctx.t(ctx.m.caveats.includedPerLine, { plan: name, gb: payPerGB.includedGBPerLine.value }));
  }
  const caps = payPerGB.billedGBCap.value;
  if (caps !== null) {
    caveats.push(
      ctx.t(ctx.m.caveats.billedGBCap, { plan: name, caps: caps.map((c) => c ?? '?').join(' / '), n: caps.length }),
    );
  }
  return caveats;
}

function esimCaveat(ctx: Ctx): string {
  const { value } = ctx.carrier.esim;
  if (value === true) return ctx.t(ctx.m.caveats.esimYes);
  if (value === false) return ctx.t(ctx.m.caveats.esimNo);
  return ctx.t(ctx.m.caveats.esimUnknown);
}

// ---------------------------------------------------------------------------
// The options

function sharedPool(ctx: Ctx): Outcome {
  const { m, carrier } = ctx;
  // A pool belongs to one account, whatever the carrier: another account can't draw from it.
  if (ctx.to !== 'same-account') return notApplicable(ctx.t(m.reasons.poolNotSameAccount));
  const pool = pooling(ctx);
  const decisive = pool.basis[0] ?? null;
  if (pool.state === 'no') {
    return { status: 'no', reason: notPooledReason(ctx, pool.model), decisive, basis: pool.basis };
  }
  // A pool belongs to one account, whatever the carrier: another account can't draw from it.
  if (ctx.to !== 'same-account') {
    return { status: 'no', reason: ctx.t(m.reasons.poolNotSameAccount), decisive: null, basis: [] };
  }
  if (pool.state === 'unknown') {
    return { status: 'unknown', decisive, basis: pool.basis };
  }

  const plans = pooledPlanNames(ctx, pool);
  const caveats = [ctx.t(m.caveats.poolRunsOut)];
  if (!ctx.plan && carrier.account.sharing.value === 'mixed') caveats.push(ctx.t(m.caveats.requiresPlans, { plans }));
  if (ctx.plan?.plan.status.value === 'legacy') caveats.push(ctx.t(m.caveats.legacyPlan, { plan: ctx.plan.plan.name }));
  const perGB = perGBPrice(pool.pooledPlans);
  const firstPooled = pool.pooledPlans[0];
  if (firstPooled) caveats.push(...payPerGBCaveats(ctx, firstPooled));
  let monthlyCost: number | null = 0;
  if (perGB) {
    monthlyCost = ctx.gb === null ? null : perGB.priceUSD * ctx.gb;
    if (ctx.gb !== null) caveats.push(ctx.t(m.caveats.costUpperBound, { gb: ctx.gb }));
  }
  caveats.push(...noteOf(ctx, pool.basis[0]?.fact));

  const steps = [ctx.t(m.steps.poolCheckPlan, { plans }), ctx.t(m.steps.poolNothingToMove)];
  if (carrier.lineControls.dataCap.value === true) steps.push(ctx.t(m.steps.poolSetLimits));
  return { status: 'yes', decisive, basis: pool.basis, monthlyCost, steps, caveats };
}

function perLineLimit(ctx: Ctx): Outcome {
  const { m, carrier } = ctx;
  if (ctx.to !== 'same-account') return notApplicable(ctx.t(m.reasons.limitNotSameAccount));
  const cap = ref('lineControls.dataCap', carrier.lineControls.dataCap);
  const pauseOnly = carrier.lineControls.pauseData.value === true ? [ctx.t(m.caveats.pauseOnly)] : [];
  if (cap.fact.value === null) return { status: 'unknown', decisive: cap, basis: [cap], caveats: pauseOnly };
  if (cap.fact.value === false) {
    return { status: 'no', reason: ctx.t(m.reasons.limitNoCap), decisive: cap, basis: [cap], caveats: pauseOnly };
  }
  // A limit only frees data for someone else when the lines draw from one pool.
  const pool = pooling(ctx);
  const poolFact = pool.basis[0] ?? null;
  if (pool.state === 'no') {
    return {
      status: 'no',
      reason: ctx.t(m.reasons.limitNoPool, { what: scope(ctx) }),
      decisive: poolFact,
      basis: [cap, ...pool.basis],
    };
  }
  if (pool.state === 'unknown') return { status: 'unknown', decisive: poolFact, basis: [cap, ...pool.basis] };

  const caveats = noteOf(ctx, cap.fact);
  if (!ctx.plan && carrier.account.sharing.value === 'mixed') {
    caveats.push(ctx.t(m.caveats.requiresPlans, { plans: pooledPlanNames(ctx, pool) }));
  }
  const steps = [
    ctx.t(m.steps.limitOpenApp),
    ctx.gb === null ? ctx.t(m.steps.limitLeaveRoom) : ctx.t(m.steps.limitLeaveRoomGB, { gb: ctx.gb }),
  ];
  return { status: 'yes', decisive: cap, basis: [cap, ...pool.basis], monthlyCost: 0, steps, caveats };
}

function hotspotAllowance(ctx: Ctx, tier: CatalogTier): string | null {
  const { words } = ctx.m;
  const allowance = tier.hotspotGB.value;
  const after = tier.hotspotSpeedAfterKbps.value;
  if (allowance === null) return null;
  if (allowance === 'unlimited') return ctx.t(words.hotspotNoCap);
  if (allowance === 0) return ctx.t(words.hotspotNone);
  if (after === 0) return ctx.t(words.hotspotCutOff, { gb: allowance });
  if (after !== null) return ctx.t(words.hotspotThenSpeed, { gb: allowance, speed: speed(after) });
  return ctx.t(words.hotspotGB, { gb: allowance });
}

function hotspot(ctx: Ctx): Outcome {
  const { m, carrier } = ctx;
  const allowed = ref('hotspot.allowed', carrier.hotspot.allowed);
  if (allowed.fact.value === null) return { status: 'unknown', decisive: allowed, basis: [allowed] };
  if (allowed.fact.value === false) {
    return { status: 'no', reason: ctx.t(m.reasons.hotspotNotAllowed), decisive: allowed, basis: [allowed] };
  }

  const caveats = [...noteOf(ctx, allowed.fact)];
  const plans = ctx.plan ? [ctx.plan] : currentPlans(carrier);
  for (const { plan } of plans) {
    for (const tier of Object.values(plan.tiers)) {
      const allowance = hotspotAllowance(ctx, tier);
      if (allowance === null) continue;
      caveats.push(ctx.t(m.caveats.hotspotTier, { tier: tier.name, allowance }));
      const gbAllowed = tier.hotspotGB.value;
      if (ctx.gb !== null && typeof gbAllowed === 'number' && ctx.gb > gbAllowed) {
        caveats.push(ctx.t(m.caveats.hotspotOver, { gb: ctx.gb, allowance: gbAllowed, tier: tier.name }));
      }
    }
  }
  caveats.push(ctx.t(m.caveats.hotspotNearby));
  if (ctx.to !== 'same-account') caveats.push(ctx.t(m.caveats.hotspotFriend));

  // Hotspot data is the host line's data: on a pay-per-GB plan it is billed as such.
  let monthlyCost: number | null = 0;
  const perGB = ctx.plan ? perGBPrice([ctx.plan]) : null;
  if (perGB) {
    monthlyCost = ctx.gb === null ? null : perGB.priceUSD * ctx.gb;
    caveats.push(...payPerGBCaveats(ctx, perGB.plan));
  }
  const steps = [ctx.t(m.steps.hotspotTurnOn), ctx.t(m.steps.hotspotJoin), ctx.t(m.steps.hotspotWatch)];
  return { status: 'yes', decisive: allowed, basis: [allowed], monthlyCost, steps, caveats };
}

function addLine(ctx: Ctx): Outcome {
  const { m, carrier } = ctx;
  if (ctx.to === 'same-account') return notApplicable(ctx.t(m.reasons.addLineSameAccount));
  const phone = ref('addLine.phone', carrier.addLine.phone);
  if (phone.fact.value === null) return { status: 'unknown', decisive: phone, basis: [phone] };
  if (phone.fact.value === false) {
    return {
      status: 'no',
      reason: ctx.t(m.reasons.addLineNotOffered),
      decisive: phone,
      basis: [phone],
      caveats: noteOf(ctx, phone.fact),
    };
  }

  const price = carrier.addLine.phonePriceUSD;
  const caveats = [...noteOf(ctx, price), ...noteOf(ctx, phone.fact)];
  if (price.value === null) caveats.push(ctx.t(m.caveats.priceUnknown));
  const pool = pooling(ctx);
  // Where the carrier charges by amount, the new line pays for the data asked for on top of its price.
  let monthlyCost = price.value;
  const byAmount = pool.state === 'yes' ? amountCharge(ctx, pool.pooledPlans) : null;
  if (byAmount && monthlyCost !== null) {
    monthlyCost += byAmount.usd;
    caveats.push(
      ctx.t(m.caveats.costIncludesAmount, {
        gb: ctx.gb ?? 0,
        extra: money(byAmount.usd),
        line: money(price.value ?? 0),
        plan: byAmount.plan.plan.name,
      }),
    );
  }
  if (pool.state === 'yes') caveats.push(ctx.t(m.caveats.lineJoinsPool, { plans: pooledPlanNames(ctx, pool) }));
  if (pool.state === 'no') caveats.push(ctx.t(m.caveats.lineOwnData));
  caveats.push(ctx.t(m.caveats.youPay));
  const maxLines = carrier.account.maxLines.value;
  if (maxLines !== null) caveats.push(ctx.t(m.caveats.maxLines, { n: maxLines }));
  caveats.push(esimCaveat(ctx));

  const steps = [ctx.t(m.steps.addLineAsk), ctx.t(m.steps.addLinePort), ctx.t(m.steps.addLineSim)];
  return { status: 'yes', decisive: phone, basis: [phone], monthlyCost, steps, caveats };
}

function dataOnlyLine(ctx: Ctx): Outcome {
  const { m, carrier } = ctx;
  const dataOnly = ref('addLine.dataOnly', carrier.addLine.dataOnly);
  if (dataOnly.fact.value === null) {
    return { status: 'unknown', decisive: dataOnly, basis: [dataOnly], caveats: noteOf(ctx, dataOnly.fact) };
  }
  if (dataOnly.fact.value === false) {
    return {
      status: 'no',
      reason: ctx.t(m.reasons.dataOnlyNotOffered),
      decisive: dataOnly,
      basis: [dataOnly],
      caveats: noteOf(ctx, dataOnly.fact),
    };
  }
  const price = carrier.addLine.dataOnlyPriceUSD;
  const caveats = [...noteOf(ctx, dataOnly.fact), ...noteOf(ctx, price)];
  if (price.value === null) caveats.push(ctx.t(m.caveats.priceUnknown));
  caveats.push(ctx.t(m.caveats.youPay), esimCaveat(ctx));
  const steps = [ctx.t(m.steps.dataOnlyAdd), ctx.t(m.steps.dataOnlyInstall)];
  return { status: 'yes', decisive: dataOnly, basis: [dataOnly], monthlyCost: price.value, steps, caveats };
}

function gift(ctx: Ctx): Outcome {
  const { m, carrier } = ctx;
  const { gifting } = carrier;
  if (ctx.to === 'same-account') {
    const same = ref('gifting.sameAccount', gifting.sameAccount);
    const buyForMember = gifting.buyDataForMember.value === true ? [ctx.t(m.caveats.buyDataForMember)] : [];
    if (same.fact.value === true) {
      return {
        status: 'yes',
        decisive: same,
        basis: [same],
        monthlyCost: 0,
        steps: [ctx.t(m.steps.giftSend)],
        caveats: noteOf(ctx, same.fact),
      };
    }
    if (same.fact.value === false) {
      return {
        status: 'no',
        reason: ctx.t(m.reasons.giftNone, { whom: m.words.lineOnAccount }),
        decisive: same,
        basis: [same],
        caveats: [...noteOf(ctx, same.fact), ...buyForMember],
      };
    }
    return { status: 'unknown', decisive: same, basis: [same], caveats: [...noteOf(ctx, same.fact), ...buyForMember] };
  }

  const other = ref('gifting.otherAccount', gifting.otherAccount);
  const giftLine = ref('gifting.giftLine', gifting.giftLine);
  if (other.fact.value === true) {
    return {
      status: 'yes',
      decisive: other,
      basis: [other],
      monthlyCost: 0,
      steps: [ctx.t(m.steps.giftSend)],
      caveats: noteOf(ctx, other.fact),
    };
  }
  // US Mobile's "Gift a line" gives a whole plan, not leftover data: still a
  // way to give someone data, priced like the plan bought (unknown here).
  if (giftLine.fact.value === true) {
    return {
      status: 'yes',
      decisive: giftLine,
      basis: [giftLine],
      monthlyCost: null,
      steps: [ctx.t(m.steps.giftLineSend)],
      caveats: [ctx.t(m.caveats.giftLineNotLeftover), ...noteOf(ctx, giftLine.fact), ctx.t(m.caveats.priceUnknown)],
    };
  }
  if (other.fact.value === false) {
    return {
      status: 'no',
      reason: ctx.t(m.reasons.giftNone, { whom: m.words.anotherAccount }),
      decisive: other,
      basis: [other],
      caveats: noteOf(ctx, other.fact),
    };
  }
  return { status: 'unknown', decisive: other, basis: [other, giftLine], caveats: noteOf(ctx, other.fact) };
}

function prepaidEsim(ctx: Ctx): Outcome {
  const { m } = ctx;
  const fact = ref(PREPAID_ESIM_PATH, PREPAID_ESIM);
  const steps = [
    ctx.gb === null ? ctx.t(m.steps.esimBuy) : ctx.t(m.steps.esimBuyGB, { gb: ctx.gb }),
    ctx.t(m.steps.esimInstall),
  ];
  const caveats = [ctx.t(m.caveats.esimOwnData), ...noteOf(ctx, PREPAID_ESIM), ctx.t(m.caveats.esimUnlocked)];
  // Prices vary by seller and amount; no source gives one to estimate with.
  return { status: 'yes', decisive: fact, basis: [fact], monthlyCost: null, steps, caveats };
}

// ---------------------------------------------------------------------------

function factLabel(ctx: Ctx, path: string): string {
  const labels: Record<string, string> = ctx.m.facts;
  const key = path.replace(/^plans\.[^.]+\.tiers\.[^.]+\./, 'tier.').replace(/^plans\.[^.]+\./, 'plan.');
  return labels[key] ?? path;
}

/** A page two or more years older than its verification may be out of date. */
function isOld(fact: Fact<unknown>): boolean {
  if (fact.sourceDate === null || fact.verified === null) return false;
  return Number(fact.verified.slice(0, 4)) - Number(fact.sourceDate.slice(0, 4)) >= 2;
}

function finish(ctx: Ctx, kind: AdviceOptionKind, o: Outcome): AdviceOption {
  const { m } = ctx;
  const fact = o.decisive?.fact ?? null;
  const caveats = [...(o.caveats ?? [])];
  let reason = o.reason ?? null;
  if (o.status === 'unknown') {
    reason = ctx.t(m.reasons.unknownFact, { fact: factLabel(ctx, o.decisive?.path ?? '') });
  }
  if (o.status === 'yes' && fact) {
    if (isOld(fact)) caveats.push(ctx.t(m.caveats.oldSource, { date: fact.sourceDate ?? '' }));
    if (fact.reliability === 'low') caveats.push(ctx.t(m.caveats.lowSource));
  }
  return {
    kind,
    title: m.kinds[kind],
    possible: o.status === 'yes',
    status: o.status,
    monthlyCost: o.status === 'yes' ? (o.monthlyCost ?? null) : null,
    steps: o.status === 'yes' ? (o.steps ?? []) : [],
    caveats: [...new Set(caveats)],
    applies: o.applies ?? true,
    reason,
    quote: fact?.quote ?? null,
    source: fact?.source ?? null,
    sourceTitle: fact?.sourceTitle ?? null,
    verified: fact?.verified ?? null,
    sourceDate: fact?.sourceDate ?? null,
    reliability: fact?.reliability ?? null,
    basis: o.basis.map((b) => b.path),
  };
}
