/**
 * Scenario file v1 (`"format": "datapool-scenario", "version": 1`), the format the
 * app exports and the CLI reads. This is also the engine's input:
 * the app turns a stored household into a Scenario before evaluating it.
 * Missing optional fields take the documented defaults.
 *
 * Every object is strict: a field version 1 does not define is refused with
 * its path (a misspelt `capGb` would otherwise silently lose a cap). The one
 * exception is `"//"`, a comment allowed in any object and ignored.
 */
import { z } from 'zod';
import {
  checkPlanRules,
  DeviceKindSchema,
  GBSchema,
  HOUSEHOLD_LIMITS,
  IdSchema,
  IsoDateSchema,
  LIMIT_MESSAGES,
  NullableGBSchema,
  PhoneNumberSchema,
  PlanKindSchema,
  PriceSchema,
  SimSchema,
  TextSchema,
} from '../domain/schemas';
import { fieldKey, type FieldMessageKey } from '../domain/messages';
import { WEIGHT_MAX, WEIGHT_MIN } from '../domain/units';

/**
 * The largest scenario file every path reads (app, browser mode, CLI). Any
 * household within the limits exports to well under this: even 200,000
 * readings and 20,000 past cycles on lines with the longest ids, indented as
 * the app writes them, take about 30 MB.
 */
export const SCENARIO_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** The key a scenario file may use for a comment, in any object. */
export const SCENARIO_COMMENT_KEY = '//';

/** A strict object that also takes a `"//"` comment (any JSON, never read). */
function scenarioObject<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject({ ...shape, [SCENARIO_COMMENT_KEY]: z.unknown().optional() });
}

export const ScenarioTierSchema = scenarioObject({
  name: TextSchema.min(1).max(80),
  dataGB: NullableGBSchema.default(null),
  premiumGB: NullableGBSchema.default(null),
  hotspotGB: NullableGBSchema.default(null),
  pricePerLine: z.array(PriceSchema).max(20).default([]),
});
export type ScenarioTier = z.infer<typeof ScenarioTierSchema>;

export const ScenarioPlanSchema = scenarioObject({
  name: TextSchema.min(1).max(80),
  carrier: TextSchema.min(1).max(40),
  kind: PlanKindSchema,
  poolGB: NullableGBSchema.default(null),
  cycleStartDay: z.number().int().min(1).max(31).nullable().default(null),
  cycleLengthDays: z.number().int().min(1).max(366).nullable().default(null),
  cycleAnchor: IsoDateSchema.nullable().default(null),
  pricePerLine: z.array(PriceSchema).max(20).default([]),
  esim: z.boolean().nullable().default(null),
  tiers: z.array(ScenarioTierSchema).max(20).default([]),
  // Per-line plans without tiers carry their terms on the plan itself.
  dataGB: NullableGBSchema.default(null),
  premiumGB: NullableGBSchema.default(null),
  hotspotGB: NullableGBSchema.default(null),
  // With neither cycle rule, cycleStartDay applies (the 1st when absent).
}).superRefine(checkPlanRules);
export type ScenarioPlan = z.infer<typeof ScenarioPlanSchema>;

export const ScenarioLineSchema = scenarioObject({
  id: IdSchema,
  name: TextSchema.max(80).default(''),
  capGB: NullableGBSchema.default(null),
  floorGB: GBSchema.default(0),
  weight: z.number().min(WEIGHT_MIN).max(WEIGHT_MAX).default(1),
  dataGB: NullableGBSchema.default(null),
  premiumGB: NullableGBSchema.default(null),
  hotspotGB: NullableGBSchema.default(null),
  tier: TextSchema.max(80).nullable().default(null),
  needsPremium: z.boolean().default(false),
  number: PhoneNumberSchema.nullable().default(null),
});
export type ScenarioLine = z.infer<typeof ScenarioLineSchema>;

export const ScenarioDeviceSchema = scenarioObject({
  id: IdSchema,
  name: TextSchema.max(80).default(''),
  line: IdSchema.nullable().default(null),
  hotspotFrom: z.array(IdSchema).max(50).default([]),
  monthlyGB: GBSchema,
  sim: SimSchema.default('none'),
  /** What the device is (phone, tablet, …); the engine ignores it, the app keeps it on import. */
  kind: DeviceKindSchema.optional(),
});
export type ScenarioDevice = z.infer<typeof ScenarioDeviceSchema>;

export const ScenarioReadingSchema = scenarioObject({
  line: IdSchema,
  date: IsoDateSchema,
  usedGB: GBSchema,
});
export type ScenarioReading = z.infer<typeof ScenarioReadingSchema>;

export const ScenarioHistorySchema = scenarioObject({
  line: IdSchema,
  cycleStart: IsoDateSchema,
  usedGB: GBSchema,
});
export type ScenarioHistory = z.infer<typeof ScenarioHistorySchema>;

/** A problem that names a value (the unknown id): the key says it, `params` carries the value to the edge. */
function refuse(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  key: FieldMessageKey,
  values: Record<string, string>,
): void {
  ctx.addIssue({ code: 'custom', path, message: fieldKey(key), params: values });
}

export const ScenarioSchema = scenarioObject({
  format: z.literal('datapool-scenario'),
  version: z.literal(1),
  asOf: IsoDateSchema,
  name: TextSchema.max(80).optional(),
  plan: ScenarioPlanSchema.optional(),
  // The household limits the app enforces on every write, so any file that parses also imports.
  lines: z.array(ScenarioLineSchema).max(HOUSEHOLD_LIMITS.lines, LIMIT_MESSAGES.lines).default([]),
  devices: z.array(ScenarioDeviceSchema).max(HOUSEHOLD_LIMITS.devices, LIMIT_MESSAGES.devices).default([]),
  readings: z.array(ScenarioReadingSchema).max(HOUSEHOLD_LIMITS.readings, LIMIT_MESSAGES.readings).default([]),
  history: z.array(ScenarioHistorySchema).max(HOUSEHOLD_LIMITS.history, LIMIT_MESSAGES.history).default([]),
  plans: z.array(ScenarioPlanSchema).max(500).default([]),
}).superRefine((s, ctx) => {
  const lineIds = new Set<string>();
  s.lines.forEach((l, i) => {
    if (lineIds.has(l.id)) {
      refuse(ctx, ['lines', i, 'id'], 'duplicateId', { id: l.id });
    }
    lineIds.add(l.id);
  });
  const deviceIds = new Set<string>();
  s.devices.forEach((d, i) => {
    if (deviceIds.has(d.id)) {
      refuse(ctx, ['devices', i, 'id'], 'duplicateId', { id: d.id });
    }
    deviceIds.add(d.id);
    if (d.line !== null && !lineIds.has(d.line)) {
      refuse(ctx, ['devices', i, 'line'], 'unknownLine', { id: d.line });
    }
    d.hotspotFrom.forEach((h, j) => {
      if (!lineIds.has(h)) {
        refuse(ctx, ['devices', i, 'hotspotFrom', j], 'unknownLine', { id: h });
      }
    });
  });
  const tiers = s.plan?.tiers ?? [];
  if (tiers.length > 0) {
    s.lines.forEach((l, i) => {
      if (l.tier !== null && !tiers.some((t) => t.name === l.tier)) {
        refuse(ctx, ['lines', i, 'tier'], 'unknownTier', { tier: l.tier });
      }
    });
  }
  s.readings.forEach((r, i) => {
    if (!lineIds.has(r.line)) {
      refuse(ctx, ['readings', i, 'line'], 'unknownLine', { id: r.line });
    }
  });
  s.history.forEach((h, i) => {
    if (!lineIds.has(h.line)) {
      refuse(ctx, ['history', i, 'line'], 'unknownLine', { id: h.line });
    }
  });
});
/** A scenario after defaults are applied (what the engine receives). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in a file (optional fields may be missing). */
export type ScenarioFile = z.input<typeof ScenarioSchema>;
