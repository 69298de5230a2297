/**
 * The carrier catalog: what each US carrier allows when a family wants to
 * share, give or move mobile data. Every fact is a `Fact<T>`: a value plus
 * the sentence of the source that states it (`quote`), where it comes from
 * (`source`, an https URL, and the page's title) and when that was last
 * checked against the source (`verified`). A value no source gives stays
 * `null` ("unknown — check with the carrier"), and that holds for "no" as
 * much as for "yes": the schema refuses a known value without its quote,
 * source and date, so nothing unsourced can slip in.
 *
 * The user's own entries (a price they checked with the carrier, an offer
 * they saw) are marked `byUser`: they need the date they were checked, and a
 * source or quote only if the user gives one.
 *
 * Policies change and many sources are old, so a fact also keeps the date the
 * page itself shows (`sourceDate`, often just a year) and how much to trust
 * the page (`reliability`: the carrier's own page, the press, or a
 * low-reliability page such as a reseller's file or an SEO blog).
 *
 * Shapes are plain JSON (no optional keys): the local edit layer diffs two
 * carriers leaf by leaf (see patch.ts), and `plans` / `tiers` are records
 * keyed by id so an edit to one plan never hides a later built-in plan.
 */
import { z } from 'zod';
import { fieldKey } from '../domain/messages';
import { GBSchema, IsoDateSchema, PriceSchema, TextSchema } from '../domain/schemas';

/** The three US network operators an MVNO can belong to. */
export const ParentNetworkSchema = z.enum(['verizon', 'att', 'tmobile']);
export type ParentNetwork = z.infer<typeof ParentNetworkSchema>;

/** Radio networks a service runs on (Google Fi also uses UScellular, Boost also Dish's own). */
export const RadioNetworkSchema = z.enum(['verizon', 'att', 'tmobile', 'uscellular', 'dish']);
export type RadioNetwork = z.infer<typeof RadioNetworkSchema>;

/**
 * How lines on one account relate to each other's data:
 * - `pooled`: one allowance shared by every line (pay-per-GB pools, legacy shared plans);
 * - `per-line`: each line has its own allowance and hotspot bucket (US unlimited plans);
 * - `billing-only`: one bill or a multi-line discount, but each line keeps its own data;
 * - `separate-accounts`: a discount group of separate accounts (Visible Party Pay);
 * - `mixed` (carrier level only): it depends on the plan; see `plans[*].sharing`.
 */
export const SharingModelSchema = z.enum(['pooled', 'per-line', 'billing-only', 'separate-accounts', 'mixed']);
export type SharingModel = z.infer<typeof SharingModelSchema>;
export const PlanSharingSchema = SharingModelSchema.exclude(['mixed']);
export type PlanSharing = z.infer<typeof PlanSharingSchema>;

export const ReliabilitySchema = z.enum(['official', 'press', 'low']);
export type Reliability = z.infer<typeof ReliabilitySchema>;

export const SourceUrlSchema = z.url({ protocol: /^https$/, error: fieldKey('httpsOnly') }).max(2000);

/** A date as the source page shows it: a year, a month or a day. */
export const SourceDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, fieldKey('sourceDate'));

/** Text shown to the user, in both languages the app speaks. */
export const BilingualTextSchema = z
  .object({
    en: TextSchema.trim().min(1).max(1000),
    zh: TextSchema.trim().min(1).max(1000),
  })
  .strict();
export type BilingualText = z.infer<typeof BilingualTextSchema>;

/** The sentence(s) of the source that state a value, as the page words them. */
export const QuoteSchema = z.string().trim().min(1).max(300);
export const SourceTitleSchema = z.string().trim().min(1).max(200);

export type Fact<T> = {
  /** null = unknown: no source read gives it. */
  value: T | null;
  /** The source's own words for the value (at most 300 characters). */
  quote: string | null;
  source: string | null;
  /** The source page's title, shown with its host. */
  sourceTitle: string | null;
  /** When the value was last checked against `source` (for unknown values: when it was looked for). */
  verified: string | null;
  sourceDate: string | null;
  reliability: Reliability | null;
  /** Entered by the user (checked with the carrier, or an offer they saw), not taken from a source by the catalog. */
  byUser: boolean;
  note: BilingualText | null;
};

export function factSchema<T extends z.ZodType>(value: T) {
  return z
    .object({
      value: value.nullable(),
      quote: QuoteSchema.nullable(),
      source: SourceUrlSchema.nullable(),
      sourceTitle: SourceTitleSchema.nullable(),
      verified: IsoDateSchema.nullable(),
      sourceDate: SourceDateSchema.nullable(),
      reliability: ReliabilitySchema.nullable(),
      byUser: z.boolean(),
      note: BilingualTextSchema.nullable(),
    })
    .strict()
    .superRefine((fact, ctx) => {
      // The generic value loses its key in the inferred type; the shape is fixed above.
      if ((fact as unknown as { value: unknown }).value === null) return;
      if (fact.verified === null) {
        ctx.addIssue({ code: 'custom', path: ['verified'], message: fieldKey('needsVerified') });
      }
      // The user's own check needs only its date; a catalog fact needs the words that state it.
      if (fact.byUser) return;
      if (fact.source === null) {
        ctx.addIssue({ code: 'custom', path: ['source'], message: fieldKey('needsSource') });
      }
      if (fact.quote === null) {
        ctx.addIssue({ code: 'custom', path: ['quote'], message: fieldKey('needsQuote') });
      }
      if (fact.reliability === null) {
        ctx.addIssue({ code: 'custom', path: ['reliability'], message: fieldKey('needsReliability') });
      }
    });
}

/** GB of data or hotspot: a number, or 'unlimited'. */
export const AllowanceSchema = z.union([GBSchema, z.literal('unlimited')]);
export type Allowance = z.infer<typeof AllowanceSchema>;
/** Priority (premium) data before deprioritisation; 'none' = no threshold, all data has priority. */
export const PremiumSchema = z.union([GBSchema, z.literal('none')]);
export const KbpsSchema = z.number().finite().min(0).max(10_000_000);
/** Price per line by the account's line count: entry n-1 for n lines, the last for more; null = not given. */
export const PriceByLinesSchema = z.array(PriceSchema.nullable()).min(1).max(20);
export const GBByLinesSchema = z.array(GBSchema.nullable()).min(1).max(20);

/**
 * Names every JavaScript object already has: as a record key each would be
 * confused with the object's own machinery (`key in obj` sees it, assigning
 * `__proto__` changes the prototype), so the edit would be acknowledged and lost.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const RESERVED_KEY_MESSAGE = fieldKey('reservedKey');

/**
 * The most the user's catalog edits may take (patches plus added carriers, as
 * stored JSON): every list, comparison and advice reads the whole catalog, so
 * it must stay small enough to read at once.
 */
export const CATALOG_EDIT_LIMIT_BYTES = 1_000_000;
export const CATALOG_LIMIT_MESSAGE = fieldKey('limitCatalog');

/** Ids of plans and tiers: record keys, so no dots (patch paths are dotted). */
export const CatalogKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, fieldKey('carrierId'))
  .refine((key) => !RESERVED_KEYS.has(key), RESERVED_KEY_MESSAGE);

/**
 * A record keyed by catalog ids. The keys are checked on the raw input: a
 * record parse skips a `__proto__` key without a word, so it must be refused
 * before that.
 */
function catalogRecord<V extends z.ZodType>(value: V) {
  return z
    .unknown()
    .superRefine((input, ctx) => {
      if (typeof input !== 'object' || input === null) return;
      for (const key of Object.keys(input)) {
        if (RESERVED_KEYS.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: RESERVED_KEY_MESSAGE });
      }
    })
    .pipe(z.record(CatalogKeySchema, value));
}

/** One tier of a plan family (each line picks its own tier on per-line plans). */
export const CatalogTierSchema = z
  .object({
    name: TextSchema.trim().min(1).max(80),
    pricePerLine: factSchema(PriceByLinesSchema),
    /** High-speed data per line. */
    dataGB: factSchema(AllowanceSchema),
    speedAfterDataKbps: factSchema(KbpsSchema),
    premiumGB: factSchema(PremiumSchema),
    /** High-speed hotspot per line; 0 = no hotspot. */
    hotspotGB: factSchema(AllowanceSchema),
    hotspotSpeedAfterKbps: factSchema(KbpsSchema),
  })
  .strict();
export type CatalogTier = z.infer<typeof CatalogTierSchema>;

/** current = sold today; legacy = still on bills, no longer sold; ended = gone (a closed program). */
export const PlanStatusSchema = z.enum(['current', 'legacy', 'ended']);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;
/** Prepaid and postpaid facts of one carrier are kept apart: each plan says which it is. */
export const PlanMarketSchema = z.enum(['postpaid', 'prepaid']);
export type PlanMarket = z.infer<typeof PlanMarketSchema>;

/** A sourced remark that fits no single fact (shown with its carrier or plan). */
export const CarrierNoteSchema = z
  .object({
    text: BilingualTextSchema,
    /** The source's words; null only on a note the user wrote before quotes were kept. */
    quote: QuoteSchema.nullable(),
    source: SourceUrlSchema,
    sourceTitle: SourceTitleSchema.nullable(),
    verified: IsoDateSchema,
    sourceDate: SourceDateSchema.nullable(),
    reliability: ReliabilitySchema.nullable(),
  })
  .strict();
export type CarrierNote = z.infer<typeof CarrierNoteSchema>;

export const CatalogPlanSchema = z
  .object({
    name: TextSchema.trim().min(1).max(80),
    status: factSchema(PlanStatusSchema),
    /** null when no source says (or for an offer the user did not classify). */
    market: PlanMarketSchema.nullable(),
    /** The date the user entered this plan as an offer they saw; null for the catalog's own plans. */
    enteredOn: IsoDateSchema.nullable(),
    sharing: factSchema(PlanSharingSchema),
    /** Shared plans with a fixed pool: GB shared by every line. */
    poolGB: factSchema(GBSchema),
    /** Pay-per-GB plans: price of each GB, GB included per line, and the most GB billed by line count. */
    payPerGB: z
      .object({
        priceUSD: factSchema(PriceSchema),
        includedGBPerLine: factSchema(GBSchema),
        billedGBCap: factSchema(GBByLinesSchema),
      })
      .strict(),
    tiers: catalogRecord(CatalogTierSchema),
    notes: z.array(CarrierNoteSchema).max(20),
  })
  .strict();
export type CatalogPlan = z.infer<typeof CatalogPlanSchema>;

export const CarrierSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]{2,40}$/, 'lower-case letters and digits, 2 to 40'),
    name: TextSchema.trim().min(1).max(80),
    /** The network operator an MVNO belongs to or runs on; null for the operators themselves and for independent multi-network MVNOs. */
    parentNetwork: ParentNetworkSchema.nullable(),
    /** The network operators behind the service (its owner's network and the networks it runs on): the source for `parentNetwork`. */
    networks: factSchema(z.array(RadioNetworkSchema).min(1).max(5)),
    account: z
      .object({
        /** Do lines on one account share data? (carrier level; `mixed` = see the plans) */
        sharing: factSchema(SharingModelSchema),
        maxLines: factSchema(z.number().int().min(1).max(100)),
      })
      .strict(),
    lineControls: z
      .object({
        /** The account holder can cap a line at a number of GB. */
        dataCap: factSchema(z.boolean()),
        /** The account holder can block or pause a line's data. */
        pauseData: factSchema(z.boolean()),
      })
      .strict(),
    hotspot: z
      .object({
        /** Current plans let a phone share its data as a hotspot; allowances are per tier. */
        allowed: factSchema(z.boolean()),
      })
      .strict(),
    gifting: z
      .object({
        /** Move or gift data to another line on the same account. */
        sameAccount: factSchema(z.boolean()),
        /** Move or gift data to another account. */
        otherAccount: factSchema(z.boolean()),
        /** Gift a whole plan or line to someone (not leftover data), e.g. US Mobile "Gift a line". */
        giftLine: factSchema(z.boolean()),
        /** The account holder can buy add-on data for another member's line. */
        buyDataForMember: factSchema(z.boolean()),
      })
      .strict(),
    addLine: z
      .object({
        phone: factSchema(z.boolean()),
        /** Monthly price of one more phone line, USD. */
        phonePriceUSD: factSchema(PriceSchema),
        /** Data-only lines for tablets, watches or hotspot devices. */
        dataOnly: factSchema(z.boolean()),
        dataOnlyPriceUSD: factSchema(PriceSchema),
      })
      .strict(),
    esim: factSchema(z.boolean()),
    plans: catalogRecord(CatalogPlanSchema),
    notes: z.array(CarrierNoteSchema).max(20),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.parentNetwork !== null && !(c.networks.value ?? []).includes(c.parentNetwork)) {
      ctx.addIssue({
        code: 'custom',
        path: ['networks', 'value'],
        message: fieldKey('parentNetwork'),
      });
    }
  });
export type Carrier = z.infer<typeof CarrierSchema>;

export const CatalogEntrySchema = z.object({
  /** The carrier as the app uses it: built-in entry + the user's edits. */
  carrier: CarrierSchema,
  /** The shipped entry; null for a carrier the user added. */
  builtin: CarrierSchema.nullable(),
  /** Dotted leaf paths where the user's value differs from the built-in one. */
  changedPaths: z.array(z.string()),
});
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
