/**
 * Alerts as data: which rule fired, how serious it is, the line it is about
 * and the numbers behind it. Text is made at the edge (renderer, desktop
 * notification) from `rule` and `values`, in the user's language.
 */
import { z } from 'zod';
import { IdSchema } from '../domain/schemas';

export const AlertRuleSchema = z.enum([
  /** A line's usage passed a share (75 %, 90 %, 100 %) of its hard limit. */
  'limit-threshold',
  /** The household's usage passed a share of its shared pool. */
  'pool-threshold',
  /** A line's forecast reaches its hard limit within N days. */
  'limit-runs-out',
  /** The pool's forecast runs out within N days. */
  'pool-runs-out',
  /** A line passed its priority data: it may be slowed when the network is busy. */
  'priority-passed',
  /** No reading newer than N days: the forecast is going stale. */
  'reading-reminder',
]);
export type AlertRule = z.infer<typeof AlertRuleSchema>;

export const AlertSeveritySchema = z.enum(['critical', 'warning', 'info']);
export type AlertSeverity = z.infer<typeof AlertSeveritySchema>;

export const AlertValuesSchema = z.record(z.string(), z.union([z.number(), z.string(), z.null()]));
export type AlertValues = z.infer<typeof AlertValuesSchema>;

/** What a rule produces: not yet stored, so no timestamps. */
export interface NewAlert {
  /** Rule, line (or `pool` / `household`), cycle start and threshold: the same key never fires twice. */
  key: string;
  rule: AlertRule;
  severity: AlertSeverity;
  lineId: string | null;
  values: AlertValues;
}

export const AlertSchema = z.object({
  key: z.string(),
  rule: AlertRuleSchema,
  severity: AlertSeveritySchema,
  lineId: IdSchema.nullable(),
  values: AlertValuesSchema,
  createdAt: z.string(),
  readAt: z.string().nullable(),
  /** When a desktop or browser notification showed it; null until one has. */
  notifiedAt: z.string().nullable(),
});
export type Alert = z.infer<typeof AlertSchema>;

const PercentSchema = z.number().int().min(1).max(100);

/** A household's alert settings (stored in `settings`, one entry per household). */
export const AlertSettingsSchema = z
  .object({
    /** Shares of a hard limit or of the pool that alert when usage passes them, in percent. */
    thresholdsPercent: z
      .array(PercentSchema)
      .max(5)
      .refine((list) => new Set(list).size === list.length, 'a threshold is listed twice'),
    /** Alert when the forecast runs out within this many days. */
    runOutDays: z.number().int().min(0).max(31),
    /** Remind to enter a reading when the newest is older than this many days. */
    reminderDays: z.number().int().min(1).max(60),
  })
  .strict();
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  thresholdsPercent: [75, 90, 100],
  runOutDays: 3,
  reminderDays: 4,
};
