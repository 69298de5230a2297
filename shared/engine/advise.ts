// TEMPORARY SKELETON — the advisor work replaces this file; keep the export names.
import { z } from 'zod';

export const RelationshipSchema = z.enum(['same-account', 'household', 'other']);
export const AdviceRequestSchema = z
  .object({
    carrier: z.string().min(1).max(40),
    to: RelationshipSchema,
    gb: z.number().finite().min(0).max(1_000_000).optional(),
  })
  .strict();
export type AdviceRequest = z.infer<typeof AdviceRequestSchema>;

export const AdviceSchema = z.object({
  carrier: z.string(),
  parentNetwork: z.string().nullable(),
  to: RelationshipSchema,
  options: z.array(z.object({ kind: z.string(), possible: z.boolean() })),
});
export type Advice = z.infer<typeof AdviceSchema>;
