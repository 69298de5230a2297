/**
 * "Can I share my data?". For a carrier (and a plan, if known), a recipient
 * relationship and optionally an amount in GB, returns every option kind
 * with whether it works, why not, an estimated monthly cost, steps, caveats,
 * and the source and verified date of the fact that decided it.
 *
 * The rule that keeps the advice honest: an option is possible only when
 * every catalog fact it depends on (`basis`) is known and allows it. A fact
 * the catalog does not know makes the option `unknown`, never possible, and
 * the reason says "Unknown — check with the carrier". An option ruled out by
 * the relationship alone (a pool can't reach another account) is `no`.
 *
 * Pure: no I/O, no clock, no language. Reasons, steps and caveats are message
 * codes with values; the page and the CLI word them.
 */
import { PREPAID_ESIM } from '../../catalog/general';
import type { Carrier, Fact } from '../../catalog/schema';
import {
  addLine,
  dataOnlyLine,
  gift,
  hotspot,
  perLineLimit,
  prepaidEsim,
  sharedPool,
  PREPAID_ESIM_PATH,
  type Outcome,
} from './options';
import { msg, type Ctx, type PlanRef } from './pooling';
import {
  ADVICE_OPTION_KINDS,
  type Advice,
  type AdviceMessage,
  type AdviceOption,
  type AdviceOptionKind,
  type AdviceRequest,
  type AdviceStatus,
} from './schema';

export * from './schema';
export { PREPAID_ESIM_PATH } from './options';

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

const STATUS_RANK: Record<AdviceStatus, number> = { yes: 0, unknown: 1, no: 2 };

export function advise(carrier: Carrier, request: AdviceRequest): Advice {
  let plan: PlanRef | null = null;
  if (request.plan !== undefined) {
    const found = carrier.plans[request.plan];
    if (!found) throw new UnknownPlanError(carrier, request.plan);
    plan = { id: request.plan, plan: found };
  }
  const ctx: Ctx = { carrier, plan, to: request.to, gb: request.gb ?? null };

  const outcomes: Record<AdviceOptionKind, Outcome> = {
    'shared-pool': sharedPool(ctx),
    'per-line-limit': perLineLimit(ctx),
    hotspot: hotspot(ctx),
    'add-line': addLine(ctx),
    'data-only-line': dataOnlyLine(ctx),
    gift: gift(ctx),
    'prepaid-esim': prepaidEsim(ctx),
  };
  const options = ADVICE_OPTION_KINDS.map((kind) => finish(kind, outcomes[kind])).sort(
    (a, b) =>
      Number(b.applies) - Number(a.applies) ||
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      costRank(a.monthlyCost) - costRank(b.monthlyCost) ||
      ADVICE_OPTION_KINDS.indexOf(a.kind) - ADVICE_OPTION_KINDS.indexOf(b.kind),
  );

  const model = (plan ? plan.plan.sharing.value : carrier.account.sharing.value) ?? null;
  return {
    carrier: carrier.id,
    carrierName: carrier.name,
    parentNetwork: carrier.parentNetwork,
    to: request.to,
    gb: ctx.gb,
    plan: plan?.id ?? null,
    sharing: { model },
    options,
  };
}

/** Cheapest first; an unknown price after every known one. */
function costRank(cost: number | null): number {
  return cost ?? Number.POSITIVE_INFINITY;
}

/** The `facts` message naming a fact path: a plan's and a tier's facts share one label whatever the plan. */
function factLabel(path: string): AdviceMessage['values'][string] {
  const key = path.replace(/^plans\.[^.]+\.tiers\.[^.]+\./, 'tier.').replace(/^plans\.[^.]+\./, 'plan.');
  return { code: `facts.${key}`, values: {} };
}

/** A page two or more years older than its verification may be out of date. */
function isOld(fact: Fact<unknown>): boolean {
  if (fact.sourceDate === null || fact.verified === null) return false;
  return Number(fact.verified.slice(0, 4)) - Number(fact.sourceDate.slice(0, 4)) >= 2;
}

/** One message once: two rules may give the same caveat. */
function distinct(messages: readonly AdviceMessage[]): AdviceMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = JSON.stringify(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function finish(kind: AdviceOptionKind, o: Outcome): AdviceOption {
  const fact = o.decisive?.fact ?? null;
  const caveats = [...(o.caveats ?? [])];
  let reason = o.reason ?? null;
  if (o.status === 'unknown') reason = msg('reasons.unknownFact', { fact: factLabel(o.decisive?.path ?? '') });
  if (o.status === 'yes' && fact) {
    if (isOld(fact)) caveats.push(msg('caveats.oldSource', { date: fact.sourceDate ?? '' }));
    if (fact.reliability === 'low') caveats.push(msg('caveats.lowSource'));
  }
  return {
    kind,
    possible: o.status === 'yes',
    status: o.status,
    monthlyCost: o.status === 'yes' ? (o.monthlyCost ?? null) : null,
    steps: o.status === 'yes' ? (o.steps ?? []) : [],
    caveats: distinct(caveats),
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
