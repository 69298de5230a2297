/** The shapes of a usage-file import as they cross the API (preview, commit, undo). */
import { z } from 'zod';
import { IdSchema, IsoDateSchema } from '@shared/domain/schemas';

export const UsageKindSchema = z.enum(['per-record', 'cumulative']);
export type UsageKind = z.infer<typeof UsageKindSchema>;

/** Units an amount may carry: decimal ones are 1000-based as carriers bill, binary ones 1024-based. */
export const DataUnitSchema = z.enum(['B', 'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB']);
export type DataUnit = z.infer<typeof DataUnitSchema>;

const ColumnIndexSchema = z.number().int().min(0).max(999);

/**
 * Which column holds what. `line` null: the file has no line column and every
 * row goes to `lineId`. `kind` 'auto' and `unit` null mean "as detected".
 */
export const ImportMappingSchema = z
  .object({
    date: ColumnIndexSchema.nullable(),
    amount: ColumnIndexSchema.nullable(),
    line: ColumnIndexSchema.nullable(),
    lineId: IdSchema.nullable().default(null),
    kind: z.enum(['auto', 'per-record', 'cumulative']).default('auto'),
    unit: DataUnitSchema.nullable().default(null),
  })
  .strict();
export type ImportMapping = z.infer<typeof ImportMappingSchema>;
export type ImportMappingInput = z.input<typeof ImportMappingSchema>;

export const ImportColumnSchema = z.object({
  index: z.number().int(),
  header: z.string(),
  /** The unit named in the header ("Usage (MB)"), if any. */
  unit: DataUnitSchema.nullable(),
  /** The first few values, for the preview. */
  samples: z.array(z.string()),
});
export type ImportColumn = z.infer<typeof ImportColumnSchema>;

/** Why a row was not used; the UI words each code. */
export const SkipReasonSchema = z.enum([
  'UNREADABLE_ROW', // the CSV itself is broken here (e.g. a quote that never closes)
  'BAD_DATE',
  'BAD_AMOUNT',
  'NO_LINE', // the line cell is empty
  'UNKNOWN_LINE', // no line has this number or name
  'FUTURE_DATE',
  'TOO_LARGE',
  'OUT_OF_ORDER', // a running total below an earlier one of the same cycle
]);
export type SkipReason = z.infer<typeof SkipReasonSchema>;

export const SkippedRowSchema = z.object({
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: z.number().int(),
  reason: SkipReasonSchema,
  /** The cell that could not be read (shortened). */
  value: z.string().optional(),
});
export type SkippedRow = z.infer<typeof SkippedRowSchema>;

export const ImportReadingSchema = z.object({ lineId: IdSchema, date: IsoDateSchema, usedGB: z.number() });
export type ImportReading = z.infer<typeof ImportReadingSchema>;

export const ImportConflictSchema = z.object({
  lineId: IdSchema,
  date: IsoDateSchema,
  usedGB: z.number(),
  /** `replaces`: a stored reading on that date gets this value; `out-of-order`: refused, not written. */
  kind: z.enum(['replaces', 'out-of-order']),
  stored: z.object({ date: IsoDateSchema, usedGB: z.number() }),
});
export type ImportConflict = z.infer<typeof ImportConflictSchema>;

/** Which line the values of the line column matched, and how. */
export const LineMatchSchema = z.object({
  value: z.string(),
  lineId: IdSchema.nullable(),
  by: z.enum(['number', 'last4', 'name']).nullable(),
  rows: z.number().int(),
});
export type LineMatch = z.infer<typeof LineMatchSchema>;

export const ImportPreviewSchema = z.object({
  importId: IdSchema,
  encoding: z.string(),
  delimiter: z.string(),
  columns: z.array(ImportColumnSchema),
  mapping: ImportMappingSchema,
  kind: UsageKindSchema,
  /** Data rows read (not counting the header). */
  rows: z.number().int(),
  readings: z.array(ImportReadingSchema),
  /** The first skipped rows (at most MAX_LISTED_SKIPS); `skippedTotal` counts them all. */
  skipped: z.array(SkippedRowSchema),
  skippedTotal: z.number().int(),
  conflicts: z.array(ImportConflictSchema),
  matches: z.array(LineMatchSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportCommitResultSchema = z.object({
  added: z.number().int(),
  replaced: z.number().int(),
  skipped: z.number().int(),
});
export type ImportCommitResult = z.infer<typeof ImportCommitResultSchema>;

/** How many skipped rows a preview lists; a broken file would otherwise send one entry per row. */
export const MAX_LISTED_SKIPS = 500;
