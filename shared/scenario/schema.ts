/**
 * Scenario file v1 (`"format": "datapool-scenario", "version": 1`), exactly as
 * DESIGN.md "Scenario v1 fields" gives it. This is also the engine's input:
 * the app turns a stored household into a Scenario before evaluating it.
 * Missing optional fields take DESIGN's defaults.
 */
import { z } from 'zod';
import {
  DeviceKindSchema,
  GBSchema,
  IsoDateSchema,
  NullableGBSchema,
  PlanKindSchema,
  PriceSchema,
  SimSchema,
} from '../domain/schemas';
import { WEIGHT_MAX, WEIGHT_MIN } from '../domain/units';

const ScenarioIdSchema = z.string().min(1).max(64);

export const ScenarioTierSchema = z.object({
  name: z.string().min(1).max(80),
  dataGB: NullableGBSchema.default(null),
  premiumGB: NullableGBSchema.default(null),
  hotspotGB: NullableGBSchema.default(null),
  pricePerLine: z.array(PriceSchema).max(20).default([]),
});
export type ScenarioTier = z.infer<typeof ScenarioTierSchema>;

export const ScenarioPlanSchema = z
  .object({
    name: z.string().min(1).max(80),
    carrier: z.string().min(1).max(40),
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
  })
  .superRefine((p, ctx) => {
    if (p.kind === 'pool' && p.poolGB === null) {
      ctx.addIssue({ code: 'custom', path: ['poolGB'], message: 'a pool plan needs poolGB' });
    }
    // A fixed-length cycle needs both halves; with neither, cycleStartDay applies (the 1st when absent).
    if ((p.cycleLengthDays === null) !== (p.cycleAnchor === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [p.cycleLengthDays === null ? 'cycleLengthDays' : 'cycleAnchor'],
        message: 'a fixed-length cycle needs both cycleLengthDays and cycleAnchor',
      });
    }
    const tierNames = new Set<string>();
    p.tiers.forEach((t, i) => {
      if (tierNames.has(t.name)) {
        ctx.addIssue({ code: 'custom', path: ['tiers', i, 'name'], message: `duplicate tier name "${t.name}"` });
      }
      tierNames.add(t.name);
    });
  });
export type ScenarioPlan = z.infer<typeof ScenarioPlanSchema>;

export const ScenarioLineSchema = z.object({
  id: ScenarioIdSchema,
  name: z.string().max(80).default(''),
  capGB: NullableGBSchema.default(null),
  floorGB: GBSchema.default(0),
  weight: z.number().min(WEIGHT_MIN).max(WEIGHT_MAX).default(1),
  dataGB: NullableGBSchema.default(null),
  premiumGB: NullableGBSchema.default(null),
  hotspotGB: NullableGBSchema.default(null),
  tier: z.string().max(80).nullable().default(null),
  needsPremium: z.boolean().default(false),
});
export type ScenarioLine = z.infer<typeof ScenarioLineSchema>;

export const ScenarioDeviceSchema = z.object({
  id: ScenarioIdSchema,
  name: z.string().max(80).default(''),
  line: ScenarioIdSchema.nullable().default(null),
  hotspotFrom: z.array(ScenarioIdSchema).max(50).default([]),
  monthlyGB: GBSchema,
  sim: SimSchema.default('none'),
  /** What the device is (phone, tablet, …); the engine ignores it, the app keeps it on import. */
  kind: DeviceKindSchema.optional(),
});
export type ScenarioDevice = z.infer<typeof ScenarioDeviceSchema>;

export const ScenarioReadingSchema = z.object({
  line: ScenarioIdSchema,
  date: IsoDateSchema,
  usedGB: GBSchema,
});
export type ScenarioReading = z.infer<typeof ScenarioReadingSchema>;

export const ScenarioHistorySchema = z.object({
  line: ScenarioIdSchema,
  cycleStart: IsoDateSchema,
  usedGB: GBSchema,
});
export type ScenarioHistory = z.infer<typeof ScenarioHistorySchema>;

export const ScenarioSchema = z
  .object({
    format: z.literal('datapool-scenario'),
    version: z.literal(1),
    asOf: IsoDateSchema,
    name: z.string().max(80).optional(),
    plan: ScenarioPlanSchema.optional(),
    lines: z.array(ScenarioLineSchema).max(500).default([]),
    devices: z.array(ScenarioDeviceSchema).max(2000).default([]),
    readings: z.array(ScenarioReadingSchema).max(200_000).default([]),
    history: z.array(ScenarioHistorySchema).max(20_000).default([]),
    plans: z.array(ScenarioPlanSchema).max(500).default([]),
  })
  .superRefine((s, ctx) => {
    const lineIds = new Set<string>();
    s.lines.forEach((l, i) => {
      if (lineIds.has(l.id)) {
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'id'], message: `duplicate line id "${l.id}"` });
      }
      lineIds.add(l.id);
    });
    const deviceIds = new Set<string>();
    s.devices.forEach((d, i) => {
      if (deviceIds.has(d.id)) {
        ctx.addIssue({ code: 'custom', path: ['devices', i, 'id'], message: `duplicate device id "${d.id}"` });
      }
      deviceIds.add(d.id);
      if (d.line !== null && !lineIds.has(d.line)) {
        ctx.addIssue({ code: 'custom', path: ['devices', i, 'line'], message: `unknown line "${d.line}"` });
      }
      d.hotspotFrom.forEach((h, j) => {
        if (!lineIds.has(h)) {
          ctx.addIssue({
            code: 'custom',
            path: ['devices', i, 'hotspotFrom', j],
            message: `unknown line "${h}"`,
          });
        }
      });
    });
    const tiers = s.plan?.tiers ?? [];
    if (tiers.length > 0) {
      s.lines.forEach((l, i) => {
        if (l.tier !== null && !tiers.some((t) => t.name === l.tier)) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', i, 'tier'],
            message: `unknown tier "${l.tier}" (the plan has ${tiers.map((t) => `"${t.name}"`).join(', ')})`,
          });
        }
      });
    }
    s.readings.forEach((r, i) => {
      if (!lineIds.has(r.line)) {
        ctx.addIssue({ code: 'custom', path: ['readings', i, 'line'], message: `unknown line "${r.line}"` });
      }
    });
    s.history.forEach((h, i) => {
      if (!lineIds.has(h.line)) {
        ctx.addIssue({ code: 'custom', path: ['history', i, 'line'], message: `unknown line "${h.line}"` });
      }
    });
  });
/** A scenario after defaults are applied (what the engine receives). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in a file (optional fields may be missing). */
export type ScenarioFile = z.input<typeof ScenarioSchema>;
