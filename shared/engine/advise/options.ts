/**
 * The seven ways to share data, one rule each. A rule decides the option's
 * status from the catalog facts (an unknown fact makes it `unknown`, never
 * possible; the relationship alone can rule it out), and returns its reason,
 * steps and caveats as message codes with their values: no words here.
 */
import { PREPAID_ESIM } from '../../catalog/general';
import type { CatalogTier, Fact } from '../../catalog/schema';
import {
  amountCharge,
  currentPlans,
  msg,
  notPooledReason,
  perGBPrice,
  phrase,
  pooledPlanNames,
  pooling,
  ref,
  scope,
  type Ctx,
  type FactRef,
  type PlanRef,
} from './pooling';
import type { AdviceMessage, AdvicePhrase, AdviceStatus } from './schema';

/** Path of the carrier-independent prepaid eSIM fact in an option's `basis`. */
export const PREPAID_ESIM_PATH = 'general.prepaidEsim';

export type Outcome = {
  status: AdviceStatus;
  /** False: ruled out by the relationship alone, whatever the carrier allows. */
  applies?: boolean;
  reason?: AdviceMessage;
  /** The fact that decided the outcome: its source and date are the option's. */
  decisive: FactRef | null;
  basis: FactRef[];
  monthlyCost?: number | null;
  steps?: AdviceMessage[];
  caveats?: AdviceMessage[];
};

const notApplicable = (reason: AdviceMessage): Outcome => ({
  status: 'no',
  applies: false,
  reason,
  decisive: null,
  basis: [],
});

/** A catalog fact's own note, which the catalog writes in both languages. */
function noteOf(fact: Fact<unknown> | undefined): AdviceMessage[] {
  if (!fact?.note) return [];
  return [{ code: 'note', values: { en: fact.note.en, zh: fact.note.zh } }];
}

function money(usd: number): string {
  return `$${Number(usd.toFixed(2))}`;
}

function speed(kbps: number): string {
  return kbps >= 1000 ? `${Number((kbps / 1000).toFixed(1))} Mbps` : `${kbps} kbps`;
}

function payPerGBCaveats(plan: PlanRef): AdviceMessage[] {
  const { payPerGB, name } = plan.plan;
  const caveats: AdviceMessage[] = [];
  if (payPerGB.priceUSD.value !== null) {
    caveats.push(msg('caveats.payPerGB', { plan: name, price: money(payPerGB.priceUSD.value) }));
  }
  if (payPerGB.includedGBPerLine.value !== null) {
    caveats.push(msg('caveats.includedPerLine', { plan: name, gb: payPerGB.includedGBPerLine.value }));
  }
  const caps = payPerGB.billedGBCap.value;
  if (caps !== null) {
    caveats.push(
      msg('caveats.billedGBCap', { plan: name, caps: caps.map((c) => c ?? '?').join(' / '), n: caps.length }),
    );
  }
  return caveats;
}

function esimCaveat(ctx: Ctx): AdviceMessage {
  const { value } = ctx.carrier.esim;
  if (value === true) return msg('caveats.esimYes');
  if (value === false) return msg('caveats.esimNo');
  return msg('caveats.esimUnknown');
}

// ---------------------------------------------------------------------------
// The options

export function sharedPool(ctx: Ctx): Outcome {
  const { carrier } = ctx;
  // A pool belongs to one account, whatever the carrier: another account can't draw from it.
  if (ctx.to !== 'same-account') return notApplicable(msg('reasons.poolNotSameAccount'));
  const pool = pooling(ctx);
  const decisive = pool.basis[0] ?? null;
  if (pool.state === 'no') {
    return { status: 'no', reason: notPooledReason(ctx, pool.model), decisive, basis: pool.basis };
  }
  // A pool belongs to one account, whatever the carrier: another account can't draw from it.
  if (ctx.to !== 'same-account') {
    return { status: 'no', reason: msg('reasons.poolNotSameAccount'), decisive: null, basis: [] };
  }
  if (pool.state === 'unknown') {
    return { status: 'unknown', decisive, basis: pool.basis };
  }

  const plans = pooledPlanNames(ctx, pool);
  const caveats = [msg('caveats.poolRunsOut')];
  if (!ctx.plan && carrier.account.sharing.value === 'mixed') caveats.push(msg('caveats.requiresPlans', { plans }));
  if (ctx.plan?.plan.status.value === 'legacy') caveats.push(msg('caveats.legacyPlan', { plan: ctx.plan.plan.name }));
  const perGB = perGBPrice(pool.pooledPlans);
  const firstPooled = pool.pooledPlans[0];
  if (firstPooled) caveats.push(...payPerGBCaveats(firstPooled));
  let monthlyCost: number | null = 0;
  if (perGB) {
    monthlyCost = ctx.gb === null ? null : perGB.priceUSD * ctx.gb;
    if (ctx.gb !== null) caveats.push(msg('caveats.costUpperBound', { gb: ctx.gb }));
  }
  caveats.push(...noteOf(pool.basis[0]?.fact));

  const steps = [msg('steps.poolCheckPlan', { plans }), msg('steps.poolNothingToMove')];
  if (carrier.lineControls.dataCap.value === true) steps.push(msg('steps.poolSetLimits'));
  return { status: 'yes', decisive, basis: pool.basis, monthlyCost, steps, caveats };
}

export function perLineLimit(ctx: Ctx): Outcome {
  const { carrier } = ctx;
  if (ctx.to !== 'same-account') return notApplicable(msg('reasons.limitNotSameAccount'));
  const cap = ref('lineControls.dataCap', carrier.lineControls.dataCap);
  const pauseOnly = carrier.lineControls.pauseData.value === true ? [msg('caveats.pauseOnly')] : [];
  if (cap.fact.value === null) return { status: 'unknown', decisive: cap, basis: [cap], caveats: pauseOnly };
  if (cap.fact.value === false) {
    return { status: 'no', reason: msg('reasons.limitNoCap'), decisive: cap, basis: [cap], caveats: pauseOnly };
  }
  // A limit only frees data for someone else when the lines draw from one pool.
  const pool = pooling(ctx);
  const poolFact = pool.basis[0] ?? null;
  if (pool.state === 'no') {
    return {
      status: 'no',
      reason: msg('reasons.limitNoPool', { what: scope(ctx) }),
      decisive: poolFact,
      basis: [cap, ...pool.basis],
    };
  }
  if (pool.state === 'unknown') return { status: 'unknown', decisive: poolFact, basis: [cap, ...pool.basis] };

  const caveats = noteOf(cap.fact);
  if (!ctx.plan && carrier.account.sharing.value === 'mixed') {
    caveats.push(msg('caveats.requiresPlans', { plans: pooledPlanNames(ctx, pool) }));
  }
  const steps = [
    msg('steps.limitOpenApp'),
    ctx.gb === null ? msg('steps.limitLeaveRoom') : msg('steps.limitLeaveRoomGB', { gb: ctx.gb }),
  ];
  return { status: 'yes', decisive: cap, basis: [cap, ...pool.basis], monthlyCost: 0, steps, caveats };
}

function hotspotAllowance(tier: CatalogTier): AdvicePhrase | null {
  const allowance = tier.hotspotGB.value;
  const after = tier.hotspotSpeedAfterKbps.value;
  if (allowance === null) return null;
  if (allowance === 'unlimited') return phrase('words.hotspotNoCap');
  if (allowance === 0) return phrase('words.hotspotNone');
  if (after === 0) return phrase('words.hotspotCutOff', { gb: allowance });
  if (after !== null) return phrase('words.hotspotThenSpeed', { gb: allowance, speed: speed(after) });
  return phrase('words.hotspotGB', { gb: allowance });
}

export function hotspot(ctx: Ctx): Outcome {
  const { carrier } = ctx;
  const allowed = ref('hotspot.allowed', carrier.hotspot.allowed);
  if (allowed.fact.value === null) return { status: 'unknown', decisive: allowed, basis: [allowed] };
  if (allowed.fact.value === false) {
    return { status: 'no', reason: msg('reasons.hotspotNotAllowed'), decisive: allowed, basis: [allowed] };
  }

  const caveats = [...noteOf(allowed.fact)];
  const plans = ctx.plan ? [ctx.plan] : currentPlans(carrier);
  for (const { plan } of plans) {
    for (const tier of Object.values(plan.tiers)) {
      const allowance = hotspotAllowance(tier);
      if (allowance === null) continue;
      caveats.push(msg('caveats.hotspotTier', { tier: tier.name, allowance }));
      const gbAllowed = tier.hotspotGB.value;
      if (ctx.gb !== null && typeof gbAllowed === 'number' && ctx.gb > gbAllowed) {
        caveats.push(msg('caveats.hotspotOver', { gb: ctx.gb, allowance: gbAllowed, tier: tier.name }));
      }
    }
  }
  caveats.push(msg('caveats.hotspotNearby'));
  if (ctx.to !== 'same-account') caveats.push(msg('caveats.hotspotFriend'));

  // Hotspot data is the host line's data: on a pay-per-GB plan it is billed as such.
  let monthlyCost: number | null = 0;
  const perGB = ctx.plan ? perGBPrice([ctx.plan]) : null;
  if (perGB) {
    monthlyCost = ctx.gb === null ? null : perGB.priceUSD * ctx.gb;
    caveats.push(...payPerGBCaveats(perGB.plan));
  }
  const steps = [msg('steps.hotspotTurnOn'), msg('steps.hotspotJoin'), msg('steps.hotspotWatch')];
  return { status: 'yes', decisive: allowed, basis: [allowed], monthlyCost, steps, caveats };
}

export function addLine(ctx: Ctx): Outcome {
  const { carrier } = ctx;
  if (ctx.to === 'same-account') return notApplicable(msg('reasons.addLineSameAccount'));
  const phone = ref('addLine.phone', carrier.addLine.phone);
  if (phone.fact.value === null) return { status: 'unknown', decisive: phone, basis: [phone] };
  if (phone.fact.value === false) {
    return {
      status: 'no',
      reason: msg('reasons.addLineNotOffered'),
      decisive: phone,
      basis: [phone],
      caveats: noteOf(phone.fact),
    };
  }

  const price = carrier.addLine.phonePriceUSD;
  const caveats = [...noteOf(price), ...noteOf(phone.fact)];
  if (price.value === null) caveats.push(msg('caveats.priceUnknown'));
  const pool = pooling(ctx);
  // Where the carrier charges by amount, the new line pays for the data asked for on top of its price.
  let monthlyCost = price.value;
  const byAmount = pool.state === 'yes' ? amountCharge(ctx, pool.pooledPlans) : null;
  if (byAmount && monthlyCost !== null) {
    monthlyCost += byAmount.usd;
    caveats.push(
      msg('caveats.costIncludesAmount', {
        gb: ctx.gb ?? 0,
        extra: money(byAmount.usd),
        line: money(price.value ?? 0),
        plan: byAmount.plan.plan.name,
      }),
    );
  }
  if (pool.state === 'yes') caveats.push(msg('caveats.lineJoinsPool', { plans: pooledPlanNames(ctx, pool) }));
  if (pool.state === 'no') caveats.push(msg('caveats.lineOwnData'));
  caveats.push(msg('caveats.youPay'));
  const maxLines = carrier.account.maxLines.value;
  if (maxLines !== null) caveats.push(msg('caveats.maxLines', { n: maxLines }));
  caveats.push(esimCaveat(ctx));

  const steps = [msg('steps.addLineAsk'), msg('steps.addLinePort'), msg('steps.addLineSim')];
  return { status: 'yes', decisive: phone, basis: [phone], monthlyCost, steps, caveats };
}

export function dataOnlyLine(ctx: Ctx): Outcome {
  const { carrier } = ctx;
  const dataOnly = ref('addLine.dataOnly', carrier.addLine.dataOnly);
  if (dataOnly.fact.value === null) {
    return { status: 'unknown', decisive: dataOnly, basis: [dataOnly], caveats: noteOf(dataOnly.fact) };
  }
  if (dataOnly.fact.value === false) {
    return {
      status: 'no',
      reason: msg('reasons.dataOnlyNotOffered'),
      decisive: dataOnly,
      basis: [dataOnly],
      caveats: noteOf(dataOnly.fact),
    };
  }
  const price = carrier.addLine.dataOnlyPriceUSD;
  const caveats = [...noteOf(dataOnly.fact), ...noteOf(price)];
  if (price.value === null) caveats.push(msg('caveats.priceUnknown'));
  caveats.push(msg('caveats.youPay'), esimCaveat(ctx));
  const steps = [msg('steps.dataOnlyAdd'), msg('steps.dataOnlyInstall')];
  return { status: 'yes', decisive: dataOnly, basis: [dataOnly], monthlyCost: price.value, steps, caveats };
}

export function gift(ctx: Ctx): Outcome {
  const { carrier } = ctx;
  const { gifting } = carrier;
  if (ctx.to === 'same-account') {
    const same = ref('gifting.sameAccount', gifting.sameAccount);
    const buyForMember = gifting.buyDataForMember.value === true ? [msg('caveats.buyDataForMember')] : [];
    if (same.fact.value === true) {
      return {
        status: 'yes',
        decisive: same,
        basis: [same],
        monthlyCost: 0,
        steps: [msg('steps.giftSend')],
        caveats: noteOf(same.fact),
      };
    }
    if (same.fact.value === false) {
      return {
        status: 'no',
        reason: msg('reasons.giftNone', { whom: phrase('words.lineOnAccount') }),
        decisive: same,
        basis: [same],
        caveats: [...noteOf(same.fact), ...buyForMember],
      };
    }
    return { status: 'unknown', decisive: same, basis: [same], caveats: [...noteOf(same.fact), ...buyForMember] };
  }

  const other = ref('gifting.otherAccount', gifting.otherAccount);
  const giftLine = ref('gifting.giftLine', gifting.giftLine);
  if (other.fact.value === true) {
    return {
      status: 'yes',
      decisive: other,
      basis: [other],
      monthlyCost: 0,
      steps: [msg('steps.giftSend')],
      caveats: noteOf(other.fact),
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
      steps: [msg('steps.giftLineSend')],
      caveats: [msg('caveats.giftLineNotLeftover'), ...noteOf(giftLine.fact), msg('caveats.priceUnknown')],
    };
  }
  if (other.fact.value === false) {
    return {
      status: 'no',
      reason: msg('reasons.giftNone', { whom: phrase('words.anotherAccount') }),
      decisive: other,
      basis: [other],
      caveats: noteOf(other.fact),
    };
  }
  return { status: 'unknown', decisive: other, basis: [other, giftLine], caveats: noteOf(other.fact) };
}

export function prepaidEsim(ctx: Ctx): Outcome {
  const fact = ref(PREPAID_ESIM_PATH, PREPAID_ESIM);
  const steps = [
    ctx.gb === null ? msg('steps.esimBuy') : msg('steps.esimBuyGB', { gb: ctx.gb }),
    msg('steps.esimInstall'),
  ];
  const caveats = [msg('caveats.esimOwnData'), ...noteOf(PREPAID_ESIM), msg('caveats.esimUnlocked')];
  // Prices vary by seller and amount; no source gives one to estimate with.
  return { status: 'yes', decisive: fact, basis: [fact], monthlyCost: null, steps, caveats };
}
