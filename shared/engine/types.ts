/**
 * Output shapes of the planning engine, as DESIGN.md "evaluate output" and
 * "compare output" give them. Values are unrounded numbers (GB, dollars);
 * printing rounds to 2 decimals.
 */
import { z } from 'zod';

export const WarningCodeSchema = z.enum([
  'POOL_OVERSUBSCRIBED',
  'FLOORS_EXCEED_POOL',
  'PREMIUM_EXCEEDED',
  'HOTSPOT_EXCEEDED',
  'NO_HOTSPOT_HOST',
  'FORECAST_OVER_BUDGET',
  'ESIM_UNSUPPORTED',
]);
export type WarningCode = z.infer<typeof WarningCodeSchema>;

export const PlanWarningSchema = z.object({
  code: WarningCodeSchema,
  line: z.string().nullable(),
  device: z.string().nullable(),
  message: z.string(),
  /** Numbers behind the message, so the UI can say it in the user's language. */
  values: z.record(z.string(), z.union([z.number(), z.string(), z.null()])).optional(),
});
export type PlanWarning = z.infer<typeof PlanWarningSchema>;

export const CycleSchema = z.object({
  start: z.string(),
  end: z.string(),
  days: z.number().int(),
});
export type Cycle = z.infer<typeof CycleSchema>;

export const LineResultSchema = z.object({
  id: z.string(),
  demandGB: z.number(),
  hotspotLoadGB: z.number(),
  budgetGB: z.number(),
  unmetGB: z.number(),
  premiumOverGB: z.number(),
  hotspotOverGB: z.number(),
  usedGB: z.number().nullable(),
  forecastGB: z.number().nullable(),
  exhaustsOn: z.string().nullable(),
  dailyBudgetGB: z.number().nullable(),
});
export type LineResult = z.infer<typeof LineResultSchema>;

export const EvaluationSchema = z.object({
  cycle: CycleSchema,
  lines: z.array(LineResultSchema),
  hotspot: z.array(z.object({ device: z.string(), host: z.string().nullable() })),
  hotspotOverflowGB: z.number(),
  pool: z
    .object({
      sizeGB: z.number(),
      demandGB: z.number(),
      allocatedGB: z.number(),
      usedGB: z.number().nullable(),
      forecastGB: z.number().nullable(),
      exhaustsOn: z.string().nullable(),
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
  'ESIM_UNKNOWN',
]);
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;

/** One reason a plan does not fit, as data: what the English reason says, so the UI can say it in the user's language. */
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
      fits: z.boolean(),
      monthly: z.number().nullable(),
      tiers: z.record(z.string(), z.string()).nullable(),
      reasons: z.array(z.string()),
      /**
       * `reasons` as data, one per reason in the same order. The engine always
       * gives them; DESIGN's compare output (the CLI's JSON) leaves them out.
       */
      details: z.array(ReasonDetailSchema).optional(),
    }),
  ),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
