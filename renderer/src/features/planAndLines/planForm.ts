/**
 * The plan form's values and how they become a `Plan`. The form has a few
 * controls the plan does not (which kind of cycle, eSIM as yes/no/unknown,
 * prices as rows); fields that do not apply to the chosen kind or cycle are
 * left out, so switching back and forth while typing loses nothing but saves
 * only what applies. Validation is the shared PlanSchema.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { PlanSchema, type Plan, type Tier } from '@shared/domain/schemas';
import { localizedIssue } from '@renderer/i18n/validation';

export type CycleMode = 'monthly' | 'fixed';
export type EsimChoice = 'yes' | 'no' | 'unknown';

/** One row of a price list; an object because field arrays need one. */
export interface PriceRow {
  price: number | undefined;
}

export interface TierFormValues {
  name: string;
  dataGB: number | null;
  premiumGB: number | null;
  hotspotGB: number | null;
  pricePerLine: PriceRow[];
}

export interface PlanFormValues {
  name: string;
  carrier: string;
  kind: Plan['kind'];
  poolGB: number | null;
  cycleMode: CycleMode;
  cycleStartDay: number | null | undefined;
  cycleLengthDays: number | null | undefined;
  cycleAnchor: string;
  pricePerLine: PriceRow[];
  esim: EsimChoice;
  tiers: TierFormValues[];
}

const rows = (prices: readonly number[]): PriceRow[] => prices.map((price) => ({ price }));

export function planToFormValues(plan: Plan | null): PlanFormValues {
  if (!plan) {
    return {
      name: '',
      carrier: '',
      kind: 'pool',
      poolGB: null,
      cycleMode: 'monthly',
      cycleStartDay: 1,
      cycleLengthDays: 30,
      cycleAnchor: '',
      pricePerLine: [],
      esim: 'unknown',
      tiers: [],
    };
  }
  const fixed = plan.cycleLengthDays !== null || plan.cycleAnchor !== null;
  return {
    name: plan.name,
    carrier: plan.carrier,
    kind: plan.kind,
    poolGB: plan.poolGB,
    cycleMode: fixed ? 'fixed' : 'monthly',
    cycleStartDay: plan.cycleStartDay ?? 1,
    cycleLengthDays: plan.cycleLengthDays ?? 30,
    cycleAnchor: plan.cycleAnchor ?? '',
    pricePerLine: rows(plan.pricePerLine),
    esim: plan.esim === null ? 'unknown' : plan.esim ? 'yes' : 'no',
    tiers: plan.tiers.map((t) => ({ ...t, pricePerLine: rows(t.pricePerLine) })),
  };
}

/** What the form says, shaped as a Plan for the schema to check (not yet valid). */
export function formValuesToPlanCandidate(v: PlanFormValues): Record<keyof Plan, unknown> {
  const monthly = v.cycleMode === 'monthly';
  const prices = (list: PriceRow[]) => list.map((row) => row.price);
  return {
    name: v.name,
    carrier: v.carrier,
    kind: v.kind,
    poolGB: v.kind === 'pool' ? v.poolGB : null,
    cycleStartDay: monthly ? (v.cycleStartDay ?? null) : null,
    cycleLengthDays: monthly ? null : (v.cycleLengthDays ?? null),
    cycleAnchor: monthly || v.cycleAnchor === '' ? null : v.cycleAnchor,
    pricePerLine: prices(v.pricePerLine),
    esim: v.esim === 'unknown' ? null : v.esim === 'yes',
    tiers:
      v.kind === 'per-line'
        ? v.tiers.map((t): Record<keyof Tier, unknown> => ({ ...t, pricePerLine: prices(t.pricePerLine) }))
        : [],
  };
}

const planSchemaResolver = zodResolver(PlanSchema, { error: localizedIssue });

/**
 * Validates the form as a Plan. Issue paths line up with form field names
 * (`poolGB`, `tiers.0.dataGB`); a bad price lands on its row (`pricePerLine.2`).
 */
export const planFormResolver: Resolver<PlanFormValues, unknown, Plan> = (values, context, options) =>
  planSchemaResolver(
    formValuesToPlanCandidate(values) as Parameters<typeof planSchemaResolver>[0],
    context,
    options as unknown as Parameters<typeof planSchemaResolver>[2],
  ) as unknown as ReturnType<Resolver<PlanFormValues, unknown, Plan>>;
