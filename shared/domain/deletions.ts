/**
 * What deleting a device or a line removed, so the deletion can be undone
 * exactly (same ids, the line's usage back, devices reconnected). Both the
 * API and a what-if's undo carry these records.
 */
import { z } from 'zod';
import { DeviceSchema, HistoryEntrySchema, HOUSEHOLD_LIMITS, IdSchema, LineSchema, ReadingSchema } from './schemas';

export const DeviceDeletionSchema = z.strictObject({ householdId: IdSchema, device: DeviceSchema });
export type DeviceDeletion = z.infer<typeof DeviceDeletionSchema>;

export const LineDeletionSchema = z.strictObject({
  householdId: IdSchema,
  line: LineSchema,
  readings: z.array(ReadingSchema).max(HOUSEHOLD_LIMITS.readings),
  history: z.array(HistoryEntrySchema).max(HOUSEHOLD_LIMITS.history),
  /** Devices that used this line, and every device's hotspot list before the deletion. */
  devices: z
    .array(z.strictObject({ id: IdSchema, lineId: IdSchema.nullable(), hotspotFrom: z.array(IdSchema).max(50) }))
    .max(HOUSEHOLD_LIMITS.devices),
});
export type LineDeletion = z.infer<typeof LineDeletionSchema>;
