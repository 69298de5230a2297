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

export const api = {
  'app.info': method(z.strictObject({}), AppInfoSchema),
  'app.backup': method(z.strictObject({}), BackupResultSchema),

  'settings.get': method(z.strictObject({}), SettingsSchema),
  'settings.update': method(SettingsSchema.partial(), SettingsSchema),

  'households.list': method(z.strictObject({}), z.array(HouseholdSchema)),
  'households.create': method(z.strictObject({ name: NameSchema }), HouseholdSchema),
  'households.rename': method(z.strictObject({ householdId: IdSchema, name: NameSchema }), HouseholdSchema),
  'households.delete': method(HH, z.strictObject({ household: HouseholdSchema })),
  'households.restore': method(HH, HouseholdSchema),

  'household.get': method(HH, HouseholdSnapshotSchema),

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

  'readings.add': method(z.strictObject({ householdId: IdSchema, reading: ReadingInputSchema }), ReadingSchema),
  'readings.delete': method(ById, ReadingSchema),
  'history.add': method(z.strictObject({ householdId: IdSchema, entry: HistoryInputSchema }), HistoryEntrySchema),
  'history.delete': method(ById, HistoryEntrySchema),

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
