// TEMPORARY SKELETON — the catalog work replaces this file; keep the export names.
import { z } from 'zod';

export const CarrierSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{2,40}$/),
  name: z.string().min(1).max(80),
  parentNetwork: z.enum(['verizon', 'att', 'tmobile']).nullable(),
});
export type Carrier = z.infer<typeof CarrierSchema>;

export const CatalogEntrySchema = z.object({
  carrier: CarrierSchema,
  builtin: CarrierSchema.nullable(),
  changedPaths: z.array(z.string()),
});
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
