/**
 * The API contract: every method the renderer may call, with the schema of its
 * input and of its output. The Electron IPC binding, the loopback HTTP binding,
 * the preload's exposed object and the renderer client all derive from this
 * one table, so a method is named, validated and typed in exactly one place.
 */
import { z } from 'zod';
import {
  DeviceInputSchema,
  DeviceSchema,
  HistoryEntrySchema,
  HistoryInputSchema,
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
  GBSchema,
} from '../domain/schemas';
import { ComparisonSchema, EvaluationSchema } from '../engine/types';
import { AdviceRequestSchema, AdviceSchema } from '../engine/advise';
import { CarrierSchema, CatalogEntrySchema } from '../catalog/schema';
import { ApplyResultSchema, HouseholdDraftSchema, SavedWhatIfSchema } from '../planner/draft';

export type MethodDef = { readonly input: z.ZodType; readonly output: z.ZodType };

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output } as const;
}

const HH = z.object({ householdId: IdSchema }).strict();
const ById = z.object({ householdId: IdSchema, id: IdSchema }).strict();

/** What deleting a member changed, so the deletion can be undone exactly. */
export const MemberDeletionSchema = z.object({
  householdId: IdSchema,
  member: MemberSchema,
  /** Devices and lines that named this member; they are restored to it. */
  deviceIds: z.array(IdSchema),
  lineIds: z.array(IdSchema),
});
export type MemberDeletion = z.infer<typeof MemberDeletionSchema>;

export const DeviceDeletionSchema = z.object({ householdId: IdSchema, device: DeviceSchema });
export type DeviceDeletion = z.infer<typeof DeviceDeletionSchema>;

export const LineDeletionSchema = z.object({
  householdId: IdSchema,
  line: LineSchema,
  readings: z.array(ReadingSchema),
  history: z.array(HistoryEntrySchema),
  /** Devices that used this line, and every device's hotspot list before the deletion. */
  devices: z.array(z.object({ id: IdSchema, lineId: IdSchema.nullable(), hotspotFrom: z.array(IdSchema) })),
});
export type LineDeletion = z.infer<typeof LineDeletionSchema>;

export const ScenarioImportResultSchema = z.object({
  household: HouseholdSchema,
  counts: z.object({
    lines: z.number().int(),
    devices: z.number().int(),
    readings: z.number().int(),
    history: z.number().int(),
  }),
});

export const AppInfoSchema = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dbPath: z.string(),
  schemaVersion: z.number().int(),
});

export const BackupResultSchema = z.object({ path: z.string(), bytes: z.number().int() });

export const api = {
  'app.info': method(z.object({}).strict(), AppInfoSchema),
  'app.backup': method(z.object({}).strict(), BackupResultSchema),

  'settings.get': method(z.object({}).strict(), SettingsSchema),
  'settings.update': method(SettingsSchema.partial().strict(), SettingsSchema),

  'households.list': method(z.object({}).strict(), z.array(HouseholdSchema)),
  'households.create': method(z.object({ name: NameSchema }).strict(), HouseholdSchema),
  'households.rename': method(z.object({ householdId: IdSchema, name: NameSchema }).strict(), HouseholdSchema),
  'households.delete': method(HH, z.object({ household: HouseholdSchema })),
  'households.restore': method(HH, HouseholdSchema),

  'household.get': method(HH, HouseholdSnapshotSchema),
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

  'members.create': method(z.object({ householdId: IdSchema, member: MemberInputSchema }).strict(), MemberSchema),
  'members.update': method(z.object({ householdId: IdSchema, member: MemberSchema }).strict(), MemberSchema),
  'members.delete': method(ById, MemberDeletionSchema),
  'members.restore': method(MemberDeletionSchema.strict(), MemberSchema),

  'devices.create': method(z.object({ householdId: IdSchema, device: DeviceInputSchema }).strict(), DeviceSchema),
  'devices.update': method(
    z.object({ householdId: IdSchema, id: IdSchema, device: DeviceInputSchema }).strict(),
    DeviceSchema,
  ),
  'devices.delete': method(ById, DeviceDeletionSchema),
  'devices.restore': method(DeviceDeletionSchema.strict(), DeviceSchema),

  'plan.set': method(z.object({ householdId: IdSchema, plan: PlanSchema }).strict(), PlanSchema),

  'lines.create': method(z.object({ householdId: IdSchema, line: LineInputSchema }).strict(), LineSchema),
  'lines.update': method(z.object({ householdId: IdSchema, line: LineSchema }).strict(), LineSchema),
  'lines.delete': method(ById, LineDeletionSchema),
  'lines.restore': method(LineDeletionSchema.strict(), LineSchema),

  'readings.add': method(z.object({ householdId: IdSchema, reading: ReadingInputSchema }).strict(), ReadingSchema),
  'readings.delete': method(ById, ReadingSchema),
  'history.add': method(z.object({ householdId: IdSchema, entry: HistoryInputSchema }).strict(), HistoryEntrySchema),
  'history.delete': method(ById, HistoryEntrySchema),

  'plan.evaluate': method(z.object({ householdId: IdSchema, asOf: IsoDateSchema }).strict(), EvaluationSchema),
  'plan.compare': method(z.object({ householdId: IdSchema, asOf: IsoDateSchema }).strict(), ComparisonSchema),

  'scenario.export': method(
    z.object({ householdId: IdSchema, asOf: IsoDateSchema }).strict(),
    z.record(z.string(), z.unknown()),
  ),
  /** `scenario` is checked against the scenario schema by the service, which names every bad field. */
  'scenario.import': method(
    z.object({ scenario: z.unknown(), name: NameSchema.optional() }).strict(),
    ScenarioImportResultSchema,
  ),

  'catalog.list': method(z.object({}).strict(), z.array(CatalogEntrySchema)),
  'catalog.update': method(z.object({ carrier: CarrierSchema }).strict(), CatalogEntrySchema),
  'catalog.reset': method(z.object({ id: z.string().min(1).max(40) }).strict(), CatalogEntrySchema),
  'advice.get': method(AdviceRequestSchema, AdviceSchema),
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
  task: z.enum(['backup', 'import']),
  done: z.number(),
  total: z.number(),
});
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

/** Every amount the UI shows is GB; re-exported for forms that validate a single amount. */
export { GBSchema };
