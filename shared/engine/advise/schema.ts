/**
 * What the advisor is asked and what it answers, as the API carries them.
 * The answer is data: each reason, step and caveat is a message code of the
 * `advice` messages with the values it names, worded at the edge (the page
 * with i18next, the CLI through shared/i18n/render.ts).
 */
import { z } from 'zod';
import { CatalogKeySchema, ReliabilitySchema, SharingModelSchema } from '../../catalog/schema';
import { TextSchema } from '../../domain/schemas';
import { MAX_GB } from '../../domain/units';

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
    /** A plan id of this carrier's catalog entry, when the user knows their plan. */
    plan: CatalogKeySchema.optional(),
  })
  .strict();
export type AdviceRequest = z.infer<typeof AdviceRequestSchema>;

/** A phrase inside a message: a code of the `advice` messages (`words.currentPlans`) with its own values. */
export const AdvicePhraseSchema = z.object({
  code: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type AdvicePhrase = z.infer<typeof AdvicePhraseSchema>;

/** A value a message names: a plan name, a number, a list of names (joined in the reader's language) or a phrase. */
export const AdviceValueSchema = z.union([
  z.string(),
  z.number(),
  z.object({ list: z.array(z.string()) }),
  AdvicePhraseSchema,
]);
export type AdviceValue = z.infer<typeof AdviceValueSchema>;

/**
 * One reason, step or caveat: a code of the `advice` messages
 * (`caveats.payPerGB`) and its values. The code `note` is a catalog fact's
 * own note, written in both languages: its values are `en` and `zh`.
 */
export const AdviceMessageSchema = z.object({
  code: z.string(),
  values: z.record(z.string(), AdviceValueSchema),
});
export type AdviceMessage = z.infer<typeof AdviceMessageSchema>;

export const AdviceOptionSchema = z.object({
  kind: AdviceOptionKindSchema,
  possible: z.boolean(),
  status: AdviceStatusSchema,
  /** Estimated extra cost per month in USD; null when no source gives a price. */
  monthlyCost: z.number().nullable(),
  steps: z.array(AdviceMessageSchema),
  caveats: z.array(AdviceMessageSchema),
  /**
   * False when the option cannot apply to the chosen relationship at all (a
   * per-line limit for a friend on another account): the UI folds these away
   * under "other ways" instead of showing them as failures.
   */
  applies: z.boolean(),
  /** Why not (or why unknown); null when possible. */
  reason: AdviceMessageSchema.nullable(),
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
  /** How lines on this carrier (or plan) share data; null = unknown. Explained by `sharingModels` messages. */
  sharing: z.object({ model: SharingModelSchema.nullable() }),
  options: z.array(AdviceOptionSchema),
});
export type Advice = z.infer<typeof AdviceSchema>;
