/**
 * The API contract: every method the renderer may call, with the schema of its
 * input and of its output. The Electron IPC binding, the loopback HTTP binding,
 * the preload's exposed object and the renderer client all derive from this
 * one table, so a method is named, validated and typed in exactly one place.
 * Inputs are strict at every level: an unknown field anywhere is refused with
 * its path.
 */
import { z } from 'zod';
import {
  DeviceInputSchema,
  DeviceSchema,
  HistoryEntrySchema,
  HistoryInputSchema,
  HOUSEHOLD_LIMITS,
  HouseholdSchema,
  HouseholdSnapshotSchema,
  IdSchema,
  IsoDateSchema,
  LineInputSchema,
  LineSchema,
  MemberInputSchema,
  MemberSchema,
  NameSchema,
  PlanSchema,
  ReadingInputSchema,
  ReadingSchema,
  SettingsSchema,
  TextSchema,
  GBSchema,
} from '../domain/schemas';
import { ComparisonSchema, EvaluationSchema } from '../engine/types';
import { AdviceRequestSchema, AdviceSchema } from '../engine/advise';
import { CarrierSchema, CatalogEntrySchema } from '../catalog/schema';
import { AlertSchema, AlertSettingsSchema } from '../alerts/schema';
import { CycleTotalOfferSchema, ReadingPageSchema } from '../usage/readings';
import { ImportCommitResultSchema, ImportMappingSchema, ImportPreviewSchema } from '../usage/import/schema';
import { ApplyResultSchema, HouseholdDraftSchema, SavedWhatIfSchema } from '../planner/draft';
import { DeviceDeletionSchema, LineDeletionSchema, type DeviceDeletion, type LineDeletion } from '../domain/deletions';

export type MethodDef = { readonly input: z.ZodType; readonly output: z.ZodType };

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output } as const;
}

const HH = z.strictObject({ householdId: IdSchema });
const ById = z.strictObject({ householdId: IdSchema, id: IdSchema });

/** What deleting a member changed, so the deletion can be undone exactly. */
export const MemberDeletionSchema = z.strictObject({
  householdId: IdSchema,
  member: MemberSchema,
  /** Devices and lines that named this member; they are restored to it. */
  deviceIds: z.array(IdSchema).max(HOUSEHOLD_LIMITS.devices),
  lineIds: z.array(IdSchema).max(HOUSEHOLD_LIMITS.lines),
});
export type MemberDeletion = z.infer<typeof MemberDeletionSchema>;

export { DeviceDeletionSchema, LineDeletionSchema, type DeviceDeletion, type LineDeletion };

/**
 * A saved reading with what it changed: `replaced` is the reading that was on
 * that date before (adding on a date that has one replaces it), `previous` the
 * edited reading as it was. Undo puts exactly these back.
 */
export const ReadingChangeSchema = ReadingSchema.extend({
  previous: ReadingSchema.nullable(),
  replaced: ReadingSchema.nullable(),
});
export type ReadingChange = z.infer<typeof ReadingChangeSchema>;

/** Undo of reading changes: remove these, then put these back with their ids. */
export const ReadingsRestoreSchema = z
  .object({ removeIds: z.array(IdSchema).max(1000), readings: z.array(ReadingSchema.strict()).max(1000) })
  .strict();
export type ReadingsRestore = z.infer<typeof ReadingsRestoreSchema>;

export const ScenarioImportResultSchema = z.strictObject({
  household: HouseholdSchema,
  counts: z.strictObject({
    lines: z.number().int(),
    devices: z.number().int(),
    readings: z.number().int(),
    history: z.number().int(),
  }),
});

export const AppInfoSchema = z.strictObject({
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dbPath: z.string(),
  schemaVersion: z.number().int(),
});

export const BackupResultSchema = z.strictObject({ path: z.string(), bytes: z.number().int() });

/** One backup of the data file, as the Data page lists it. */
export const BackupInfoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
  schemaVersion: z.number().int().nullable(),
  kind: z.enum(['manual', 'before-restore', 'before-upgrade']),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** A backup file name: no folder part, so a caller can only name a listed backup. */
const BackupIdSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\\0]+$/, 'a backup file name')
  .refine((id) => id !== '.' && id !== '..', 'a backup file name');

export const RestoreResultSchema = z.object({
  restored: z.string(),
  /** The copy of the data file taken just before the restore: restoring it undoes the restore. */
  undoBackupId: z.string(),
  schemaVersion: z.number().int(),
});

export const DataFileCheckSchema = z.object({
  ok: z.boolean(),
  /** SQLite's findings when the file is not sound (at most 20). */
  problems: z.array(z.string()),
  checkedAt: z.string(),
});

export const api = {
  'app.info': method(z.object({}).strict(), AppInfoSchema),
  'app.backup': method(z.object({}).strict(), BackupResultSchema),
  'app.listBackups': method(z.object({}).strict(), z.array(BackupInfoSchema)),
  'app.restoreBackup': method(z.object({ id: BackupIdSchema }).strict(), RestoreResultSchema),
  'app.checkDataFile': method(z.object({}).strict(), DataFileCheckSchema),

  'settings.get': method(z.strictObject({}), SettingsSchema),
  'settings.update': method(SettingsSchema.partial(), SettingsSchema),

  'households.list': method(z.strictObject({}), z.array(HouseholdSchema)),
  'households.create': method(z.strictObject({ name: NameSchema }), HouseholdSchema),
  'households.rename': method(z.strictObject({ householdId: IdSchema, name: NameSchema }), HouseholdSchema),
  'households.delete': method(HH, z.strictObject({ household: HouseholdSchema })),
  'households.restore': method(HH, HouseholdSchema),

  'households.get': method(HH, HouseholdSnapshotSchema),
  /** Writes a what-if to the household in one transaction; `undo` in the answer reverses it. */
  'households.apply': method(
    z.object({ householdId: IdSchema, draft: HouseholdDraftSchema }).strict(),
    ApplyResultSchema,
  ),

  'whatifs.list': method(HH, z.array(SavedWhatIfSchema)),
  /** Saves under a name; a what-if of the same name in that household is replaced. */
  'whatifs.save': method(
    z.object({ householdId: IdSchema, name: NameSchema, draft: HouseholdDraftSchema }).strict(),
    SavedWhatIfSchema,
  ),
  'whatifs.delete': method(ById, SavedWhatIfSchema),

  'members.create': method(z.strictObject({ householdId: IdSchema, member: MemberInputSchema }), MemberSchema),
  'members.update': method(z.strictObject({ householdId: IdSchema, member: MemberSchema }), MemberSchema),
  'members.delete': method(ById, MemberDeletionSchema),
  'members.restore': method(MemberDeletionSchema, MemberSchema),

  'devices.create': method(z.strictObject({ householdId: IdSchema, device: DeviceInputSchema }), DeviceSchema),
  'devices.update': method(
    z.strictObject({ householdId: IdSchema, id: IdSchema, device: DeviceInputSchema }),
    DeviceSchema,
  ),
  'devices.delete': method(ById, DeviceDeletionSchema),
  'devices.restore': method(DeviceDeletionSchema, DeviceSchema),

  'plan.set': method(z.strictObject({ householdId: IdSchema, plan: PlanSchema }), PlanSchema),

  'lines.create': method(z.strictObject({ householdId: IdSchema, line: LineInputSchema }), LineSchema),
  'lines.update': method(z.strictObject({ householdId: IdSchema, line: LineSchema }), LineSchema),
  'lines.delete': method(ById, LineDeletionSchema),
  'lines.restore': method(LineDeletionSchema, LineSchema),

  'readings.add': method(
    z.object({ householdId: IdSchema, reading: ReadingInputSchema.strict() }).strict(),
    ReadingChangeSchema,
  ),
  'readings.update': method(
    z.object({ householdId: IdSchema, id: IdSchema, reading: ReadingInputSchema.strict() }).strict(),
    ReadingChangeSchema,
  ),
  'readings.delete': method(ById, ReadingSchema),
  /** One line's readings dated before `before`, newest first, `limit` at most (0 answers only the count). */
  'readings.list': method(
    z.strictObject({
      householdId: IdSchema,
      lineId: IdSchema,
      before: IsoDateSchema,
      limit: z.number().int().min(0).max(500),
    }),
    ReadingPageSchema,
  ),
  'readings.restore': method(
    z.object({ householdId: IdSchema }).extend(ReadingsRestoreSchema.shape).strict(),
    z.array(ReadingSchema),
  ),
  'usage.importPreview': method(
    z
      .object({
        householdId: IdSchema,
        fileName: TextSchema.min(1).max(260),
        // 40 MB of base64 is a 30 MB file: a year of per-session records for a large family.
        contentBase64: z.string().max(40_000_000),
        mapping: ImportMappingSchema.partial().strict().optional(),
      })
      .strict(),
    ImportPreviewSchema,
  ),
  'usage.importCommit': method(
    z
      .object({ householdId: IdSchema, importId: IdSchema, mapping: ImportMappingSchema.partial().strict().optional() })
      .strict(),
    ImportCommitResultSchema,
  ),
  'usage.importUndo': method(
    z.object({ householdId: IdSchema, importId: IdSchema }).strict(),
    z.object({ removed: z.number().int(), restored: z.number().int() }),
  ),
  'history.add': method(z.object({ householdId: IdSchema, entry: HistoryInputSchema }).strict(), HistoryEntrySchema),
  'history.delete': method(ById, HistoryEntrySchema),
  /** Ended cycles with readings and no total: the last reading of each can be recorded as its total. */
  'history.missingTotals': method(HH, z.array(CycleTotalOfferSchema)),

  'plan.evaluate': method(z.strictObject({ householdId: IdSchema, asOf: IsoDateSchema }), EvaluationSchema),
  'plan.compare': method(z.strictObject({ householdId: IdSchema, asOf: IsoDateSchema }), ComparisonSchema),

  'scenario.export': method(
    z.strictObject({ householdId: IdSchema, asOf: IsoDateSchema }),
    z.record(z.string(), z.unknown()),
  ),
  /** `scenario` is checked against the scenario schema by the service, which names every bad field. */
  'scenario.import': method(
    z.strictObject({ scenario: z.unknown(), name: NameSchema.optional() }),
    ScenarioImportResultSchema,
  ),

  'catalog.list': method(z.strictObject({}), z.array(CatalogEntrySchema)),
  'catalog.update': method(z.strictObject({ carrier: CarrierSchema }), CatalogEntrySchema),
  'catalog.reset': method(z.strictObject({ id: TextSchema.min(1).max(40) }), CatalogEntrySchema),
  'advice.get': method(AdviceRequestSchema, AdviceSchema),

  'alerts.list': method(HH, z.array(AlertSchema)),
  /** Without `keys`, every unread alert of the household. */
  'alerts.markRead': method(
    z.object({ householdId: IdSchema, keys: z.array(z.string().min(1).max(300)).max(1000).optional() }).strict(),
    z.array(AlertSchema),
  ),
  /** The page showed these as notifications (browser mode); no window or restart shows them again. */
  'alerts.markNotified': method(
    z.object({ householdId: IdSchema, keys: z.array(z.string().min(1).max(300)).max(1000) }).strict(),
    z.array(AlertSchema),
  ),
  'alerts.getSettings': method(HH, AlertSettingsSchema),
  'alerts.setSettings': method(
    z.object({ householdId: IdSchema, settings: AlertSettingsSchema }).strict(),
    AlertSettingsSchema,
  ),
} as const satisfies Record<string, MethodDef>;

export type Api = typeof api;
export type MethodName = keyof Api;
export const METHOD_NAMES = Object.keys(api) as MethodName[];
/** What a caller passes (before defaults). */
export type ApiInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type ApiParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type ApiOutput<M extends MethodName> = z.output<Api[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

/** Events pushed from the backend to the renderer (long work reports progress). */
export const ProgressEventSchema = z.object({
  task: z.enum(['backup', 'import', 'restore', 'usage-import']),
  done: z.number(),
  total: z.number(),
});
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

/** Every amount the UI shows is GB; re-exported for forms that validate a single amount. */
export { GBSchema };
