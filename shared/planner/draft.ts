/**
 * A what-if: the parts of a household the engine reads (plan, lines,
 * devices), changed freely in the renderer and evaluated there. Applying it
 * writes those parts in one transaction. A line or device whose id the
 * household does not have yet is hypothetical: applying creates it (devices
 * may name such lines by their draft id). Existing lines and devices the
 * what-if removes are left out of `lines`/`devices` and listed by id.
 */
import { z } from 'zod';
import { DeviceSchema, IdSchema, LineSchema, NameSchema, PlanSchema } from '../domain/schemas';
import { DeviceDeletionSchema, LineDeletionSchema } from '../domain/deletions';

export const HouseholdDraftSchema = z
  .object({
    plan: PlanSchema.nullable(),
    lines: z.array(LineSchema.strict()).max(100),
    devices: z.array(DeviceSchema.strict()).max(500),
    /** Lines and devices to remove (undoing an apply removes what it created). */
    removeLineIds: z.array(IdSchema).max(100).optional(),
    removeDeviceIds: z.array(IdSchema).max(500).optional(),
    /** Deleted lines and devices to put back with their ids and usage (undoing an apply that removed them). */
    restoreLines: z.array(LineDeletionSchema).max(100).optional(),
    restoreDevices: z.array(DeviceDeletionSchema).max(500).optional(),
  })
  .strict();
export type HouseholdDraft = z.infer<typeof HouseholdDraftSchema>;

/** What applying wrote, and the draft that puts everything back as it was (one undo step). */
export const ApplyResultSchema = z.object({
  plan: PlanSchema.nullable(),
  lines: z.array(LineSchema),
  devices: z.array(DeviceSchema),
  undo: HouseholdDraftSchema,
});
export type ApplyResult = z.infer<typeof ApplyResultSchema>;

/** A what-if saved by name for one household. */
export const SavedWhatIfSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  draft: HouseholdDraftSchema,
  updatedAt: z.string(),
});
export type SavedWhatIf = z.infer<typeof SavedWhatIfSchema>;
