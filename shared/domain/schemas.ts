/**
 * Domain entities as the app stores them, with the zod schemas that validate
 * every value crossing the API boundary. Amounts are decimal GB.
 *
 * Every object schema is strict: a field the app does not know is refused
 * with its path, never dropped, so a misspelt `monthlyGb` cannot vanish.
 */
import { z } from 'zod';
import { MAX_GB, WEIGHT_MAX, WEIGHT_MIN } from './units';
import { daysInMonth } from './calendar';
import { fieldKey } from './messages';

/** Message keys other code checks for (the backend's own limits, tests), exported so they are never retyped. */
export const TEXT_HAS_NUL = fieldKey('nul');
export const TEXT_LONE_SURROGATE = fieldKey('loneSurrogate');
export const DATE_OUT_OF_RANGE = fieldKey('dateRange');

/**
 * What one household may hold, checked on every write and in scenario files
 * alike, so the export of any household the app accepted imports back.
 */
export const HOUSEHOLD_LIMITS = { lines: 100, devices: 500, readings: 200_000, history: 20_000 } as const;
export const LIMIT_MESSAGES = {
  lines: fieldKey('limitLines'),
  devices: fieldKey('limitDevices'),
  readings: fieldKey('limitReadings'),
  history: fieldKey('limitHistory'),
} as const satisfies Record<keyof typeof HOUSEHOLD_LIMITS, string>;

/** First and last year a date may have: far enough for any bill, near enough to print as YYYY. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2199;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text as SQLite can keep it unchanged. SQLite's length() stops at a NUL (so
 * a CHECK would misfire as a conflict) and UTF-8 cannot encode a lone
 * surrogate (it would be stored as U+FFFD): both are refused here instead.
 */
export const TextSchema = z
  .string()
  .refine((s) => !s.includes('\0'), TEXT_HAS_NUL)
  .refine((s) => !LONE_SURROGATE.test(s), TEXT_LONE_SURROGATE);

export const IdSchema = TextSchema.min(1).max(64);
export const NameSchema = TextSchema.trim().min(1, fieldKey('required')).max(80);

/** A calendar date `YYYY-MM-DD` that really exists (no 2026-02-30), in the years 2000–2199. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, fieldKey('date'))
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    if (m < 1 || m > 12 || d < 1) return false;
    // The engine's own calendar, so schema and engine agree on every year.
    return d <= daysInMonth(y, m);
  }, fieldKey('realDate'))
  .refine((s) => {
    const year = Number(s.slice(0, 4));
    return !(year < MIN_YEAR || year > MAX_YEAR);
  }, DATE_OUT_OF_RANGE);

/** Non-negative decimal GB, finite, at most MAX_GB. */
export const GBSchema = z.number().finite().min(0).max(MAX_GB);
export const NullableGBSchema = GBSchema.nullable();
/** Largest reading the app accepts: far beyond any plan, small enough to catch a typo in the unit. */
export const MAX_READING_GB = 100_000;
export const ReadingGBSchema = GBSchema.max(MAX_READING_GB);

/**
 * A line's phone number as the carrier prints it: digits, spaces, dashes,
 * parentheses and an optional leading +1 (the North American country code),
 * with 4 to 15 digits. Kept as typed; usage imports compare only the digits.
 */
export const PhoneNumberSchema = z
  .string()
  .trim()
  .max(32)
  .regex(/^(?:\+1)?[\d ()-]+$/, fieldKey('phoneNumber'))
  .refine((s) => {
    const digits = s.replace(/\D/g, '').length;
    return digits >= 4 && digits <= 15;
  }, fieldKey('phoneDigits'));
export const PriceSchema = z.number().finite().min(0).max(100_000);

export const MemberRoleSchema = z.enum(['adult', 'teen', 'child', 'grandparent', 'other']);
export const DeviceKindSchema = z.enum(['phone', 'tablet', 'watch', 'laptop', 'hotspot', 'other']);
export const SimSchema = z.enum(['esim', 'physical', 'dual', 'none']);
export const PlanKindSchema = z.enum(['pool', 'per-line']);

export const HouseholdSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  createdAt: TextSchema.max(40),
});
export type Household = z.infer<typeof HouseholdSchema>;

export const MemberSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  role: MemberRoleSchema,
});
export type Member = z.infer<typeof MemberSchema>;
export const MemberInputSchema = MemberSchema.omit({ id: true });
export type MemberInput = z.infer<typeof MemberInputSchema>;

export const DeviceSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: DeviceKindSchema,
  ownerId: IdSchema.nullable(),
  sim: SimSchema,
  /** The line whose data the device uses; null = no line (Wi-Fi only or tethering). */
  lineId: IdSchema.nullable(),
  monthlyGB: GBSchema,
  /** Lines this device may tether to, in order of preference (only without a line). */
  hotspotFrom: z.array(IdSchema).max(50),
});
export type Device = z.infer<typeof DeviceSchema>;
export const DeviceInputSchema = DeviceSchema.omit({ id: true }).superRefine((d, ctx) => {
  if (d.lineId !== null && d.hotspotFrom.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['hotspotFrom'],
      message: fieldKey('tetherOnlyWithoutLine'),
    });
  }
  if (new Set(d.hotspotFrom).size !== d.hotspotFrom.length) {
    ctx.addIssue({ code: 'custom', path: ['hotspotFrom'], message: fieldKey('hostTwice') });
  }
});
export type DeviceInput = z.infer<typeof DeviceInputSchema>;

export const TierSchema = z.strictObject({
  name: NameSchema,
  dataGB: NullableGBSchema,
  premiumGB: NullableGBSchema,
  hotspotGB: NullableGBSchema,
  pricePerLine: z.array(PriceSchema).max(20),
});
export type Tier = z.infer<typeof TierSchema>;

/** The fields of a plan the shared rules look at, in the app's plans and in scenario files alike. */
type PlanRuleFields = {
  kind: z.infer<typeof PlanKindSchema>;
  poolGB: number | null;
  cycleLengthDays: number | null;
  cycleAnchor: string | null;
  tiers: readonly { name: string }[];
};

/**
 * Rules every plan obeys, wherever it comes from: a pool plan has a pool
 * size; a fixed-length cycle has both its length and an anchor date; tier
 * names are unique, since lines pick their tier by name and a second tier of
 * the same name could never be chosen.
 */
export function checkPlanRules(p: PlanRuleFields, ctx: z.RefinementCtx): void {
  if (p.kind === 'pool' && p.poolGB === null) {
    ctx.addIssue({ code: 'custom', path: ['poolGB'], message: fieldKey('poolNeedsSize') });
  }
  if ((p.cycleLengthDays === null) !== (p.cycleAnchor === null)) {
    ctx.addIssue({
      code: 'custom',
      path: [p.cycleLengthDays === null ? 'cycleLengthDays' : 'cycleAnchor'],
      message: fieldKey('cycleBoth'),
    });
  }
  const tierNames = new Set<string>();
  p.tiers.forEach((tier, i) => {
    if (tierNames.has(tier.name)) {
      ctx.addIssue({ code: 'custom', path: ['tiers', i, 'name'], message: fieldKey('tierNameTwice') });
    }
    tierNames.add(tier.name);
  });
}

export const PlanSchema = z
  .strictObject({
    name: NameSchema,
    /** Catalog carrier id (lower-case, no spaces), or a free id for a carrier not in the catalog. */
    carrier: TextSchema.regex(/^[a-z0-9-]{1,40}$/, fieldKey('carrierId')),
    kind: PlanKindSchema,
    poolGB: NullableGBSchema,
    cycleStartDay: z.number().int().min(1).max(31).nullable(),
    cycleLengthDays: z.number().int().min(1).max(366).nullable(),
    cycleAnchor: IsoDateSchema.nullable(),
    pricePerLine: z.array(PriceSchema).max(20),
    /** true / false as the carrier states; null = unknown. */
    esim: z.boolean().nullable(),
    tiers: z.array(TierSchema).max(20),
  })
  .superRefine((p, ctx) => {
    checkPlanRules(p, ctx);
    if (p.cycleLengthDays === null && p.cycleAnchor === null && p.cycleStartDay === null) {
      ctx.addIssue({ code: 'custom', path: ['cycleStartDay'], message: fieldKey('cycleNeeded') });
    }
  });
export type Plan = z.infer<typeof PlanSchema>;

export const LineSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  memberId: IdSchema.nullable(),
  capGB: NullableGBSchema,
  floorGB: GBSchema,
  weight: z.number().min(WEIGHT_MIN).max(WEIGHT_MAX),
  dataGB: NullableGBSchema,
  premiumGB: NullableGBSchema,
  hotspotGB: NullableGBSchema,
  tier: TextSchema.max(80).nullable(),
  needsPremium: z.boolean(),
  /** The phone number, for matching rows of a carrier's usage file. */
  number: PhoneNumberSchema.nullable().default(null),
});
export type Line = z.infer<typeof LineSchema>;
export const LineInputSchema = LineSchema.omit({ id: true });
export type LineInput = z.infer<typeof LineInputSchema>;

export const ReadingSchema = z.strictObject({
  id: IdSchema,
  lineId: IdSchema,
  date: IsoDateSchema,
  usedGB: ReadingGBSchema,
});
export type Reading = z.infer<typeof ReadingSchema>;
export const ReadingInputSchema = ReadingSchema.omit({ id: true });

export const HistoryEntrySchema = z.strictObject({
  id: IdSchema,
  lineId: IdSchema,
  cycleStart: IsoDateSchema,
  usedGB: GBSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export const HistoryInputSchema = HistoryEntrySchema.omit({ id: true });

/**
 * One household as the renderer loads it: everything except the readings of
 * past cycles, which it pages in on request (`readings.list`), so loading
 * costs the same after three years of daily readings as after one week.
 */
export const HouseholdSnapshotSchema = z.strictObject({
  household: HouseholdSchema,
  members: z.array(MemberSchema),
  devices: z.array(DeviceSchema),
  plan: PlanSchema.nullable(),
  lines: z.array(LineSchema),
  /** The readings dated `readingsFrom` or later: the current cycle's. */
  readings: z.array(ReadingSchema),
  /** The first day of the current cycle (of a calendar month without a plan). */
  readingsFrom: IsoDateSchema,
  /** Per line id, how many of its readings are dated before `readingsFrom`. */
  olderReadings: z.record(z.string(), z.number().int().nonnegative()),
  history: z.array(HistoryEntrySchema),
});
export type HouseholdSnapshot = z.infer<typeof HouseholdSnapshotSchema>;

export const LocaleSchema = z.enum(['en', 'zh-CN']);
export type Locale = z.infer<typeof LocaleSchema>;
export const ThemeSchema = z.enum(['light', 'dark', 'system']);
export const SettingsSchema = z.strictObject({
  locale: LocaleSchema.nullable(),
  theme: ThemeSchema,
  activeHouseholdId: IdSchema.nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;
