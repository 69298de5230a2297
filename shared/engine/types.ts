/**
 * Output shapes of the planning engine, in the field order the CLI prints for
 * `evaluate` and `compare`. Values are unrounded numbers (GB, dollars);
 * printing rounds to 2 decimals.
 */
import { z } from 'zod';

/** The warning codes in their fixed order (one subject's warnings keep this order). */
export const WarningCodeSchema = z.enum([
  'FORECAST_OVER_POOL',
  'FORECAST_OVER_LIMIT',
  'NO_HOTSPOT_HOST',
  'POOL_OVERSUBSCRIBED',
  'FLOORS_EXCEED_POOL',
  'DEMAND_OVER_LIMIT',
  'HOTSPOT_EXCEEDED',
  'ESIM_UNSUPPORTED',
  'PREMIUM_EXCEEDED',
  'FORECAST_OVER_PREMIUM',
  'FORECAST_OVER_SHARE',
]);
export type WarningCode = z.infer<typeof WarningCodeSchema>;

/**
 * critical: data will stop or slow hard, or a device has no host;
 * warning: the setup cannot meet the household's needs; info: worth knowing.
 */
export const SeveritySchema = z.enum(['critical', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const WarningValueSchema = z.union([z.number(), z.string(), z.null()]);

export const PlanWarningSchema = z.object({
  code: WarningCodeSchema,
  severity: SeveritySchema,
  line: z.string().nullable(),
  device: z.string().nullable(),
  /** Numbers behind the message, so the UI can say it in the user's language. */
  values: z.record(z.string(), WarningValueSchema),
  message: z.string(),
});
export type PlanWarning = z.infer<typeof PlanWarningSchema>;

export const CycleSchema = z.object({
  start: z.string(),
  end: z.string(),
  days: z.number().int(),
});
export type Cycle = z.infer<typeof CycleSchema>;

/** What a line's hard limit is: the cap the account holder set, or the plan's high-speed data. */
export const LimitBasisSchema = z.enum(['cap', 'data']);
export type LimitBasis = z.infer<typeof LimitBasisSchema>;

/** The bound a daily budget keeps a line within; equal bounds name the first of this list. */
export const DailyBudgetBasisSchema = z.enum(['cap', 'data', 'share', 'premium']);
export type DailyBudgetBasis = z.infer<typeof DailyBudgetBasisSchema>;

export const LineResultSchema = z.object({
  id: z.string(),
  demandGB: z.number(),
  hotspotLoadGB: z.number(),
  budgetGB: z.number(),
  unmetGB: z.number(),
  premiumOverGB: z.number(),
  hotspotOverGB: z.number(),
  /** Hard limit: where the line's data stops or slows to a crawl (cap or per-line data); null without one. */
  limitGB: z.number().nullable(),
  limitBasis: LimitBasisSchema.nullable(),
  /** The effective priority-data threshold (null: no threshold). */
  premiumGB: z.number().nullable(),
  /** The line's fair share of the pool, b_i (null on per-line plans). */
  shareGB: z.number().nullable(),
  usedGB: z.number().nullable(),
  forecastGB: z.number().nullable(),
  exhaustsOn: z.string().nullable(),
  premiumReachedOn: z.string().nullable(),
  shareExceededOn: z.string().nullable(),
  dailyBudgetGB: z.number().nullable(),
  dailyBudgetBasis: DailyBudgetBasisSchema.nullable(),
});
export type LineResult = z.infer<typeof LineResultSchema>;

export const EvaluationSchema = z.object({
  cycle: CycleSchema,
  lines: z.array(LineResultSchema),
  hotspot: z.array(z.object({ device: z.string(), host: z.string().nullable() })),
  hotspotOverflowGB: z.number(),
  /** True only when the hotspot assignment is proven optimal (false: the best found within the search budget). */
  hotspotExact: z.boolean(),
  pool: z
    .object({
      sizeGB: z.number(),
      demandGB: z.number(),
      allocatedGB: z.number(),
      usedGB: z.number().nullable(),
      forecastGB: z.number().nullable(),
      exhaustsOn: z.string().nullable(),
      dailyBudgetGB: z.number().nullable(),
    })
    .nullable(),
  cost: z.object({ monthly: z.number(), lines: z.number().int() }).nullable(),
  warnings: z.array(PlanWarningSchema),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

export const ReasonCodeSchema = z.enum([
  'POOL_TOO_SMALL',
  'DATA_TOO_SMALL',
  'HOTSPOT_TOO_SMALL',
  'PREMIUM_TOO_SMALL',
  'NO_TIER_FITS',
  'NO_ESIM',
  // Unknown facts (the plan may fit): listed in `unknowns`, never in `reasons`.
  'ESIM_UNKNOWN',
  'PRICE_UNKNOWN',
  'DATA_UNKNOWN',
  'PREMIUM_UNKNOWN',
  'HOTSPOT_UNKNOWN',
]);
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;

/** Codes of `details` entries that name an unknown fact rather than a reason the plan does not fit. */
export const UNKNOWN_CODES: ReadonlySet<ReasonCode> = new Set([
  'ESIM_UNKNOWN',
  'PRICE_UNKNOWN',
  'DATA_UNKNOWN',
  'PREMIUM_UNKNOWN',
  'HOTSPOT_UNKNOWN',
]);

/**
 * One reason a plan does not fit, or one unknown fact that decides whether it
 * fits, as data: what the English phrase says, so the UI can say it in the
 * user's language.
 */
export const ReasonDetailSchema = z.object({
  code: ReasonCodeSchema,
  /** The line the reason is about; null for plan-level reasons. */
  line: z.string().nullable(),
  /** The lines a plan-level reason names (the eSIM ones). */
  lines: z.array(z.string()).optional(),
  values: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});
export type ReasonDetail = z.infer<typeof ReasonDetailSchema>;

export const ComparisonSchema = z.object({
  ranking: z.array(
    z.object({
      plan: z.string(),
      carrier: z.string(),
      /** true: fits; false: does not; null: may fit (it depends on a fact nobody knows). */
      fits: z.boolean().nullable(),
      monthly: z.number().nullable(),
      tiers: z.record(z.string(), z.string()).nullable(),
      reasons: z.array(z.string()),
      /** English phrases naming each unknown fact that matters ("price for 4 lines"). */
      unknowns: z.array(z.string()),
      /**
       * `reasons` then `unknowns` as data, one per phrase in the same order. The
       * engine always gives them; the compare output the CLI prints leaves them out.
       */
      details: z.array(ReasonDetailSchema).optional(),
    }),
  ),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/**
 * The engine's ranking: why a plan does not fit and what is not known, as data
 * only (`details`: the reasons, then the unknowns). The edges word them into
 * `reasons` and `unknowns` (shared/i18n/render.ts).
 */
export type ComparisonResult = {
  ranking: (Omit<Comparison['ranking'][number], 'reasons' | 'unknowns' | 'details'> & { details: ReasonDetail[] })[];
};
