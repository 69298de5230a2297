/**
 * The one error shape that crosses the API boundary. `code` is stable and the
 * UI translates it; `message` is English for logs and the CLI; `details`
 * names what was wrong (for validation: one entry per field path).
 */
import { z } from 'zod';

export const ApiErrorCodeSchema = z.enum([
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'DB_NEWER_VERSION',
  'DB_UNAVAILABLE',
  'DB_LOCKED',
  'TIMEOUT',
  'DISK_FULL',
  'INTERNAL',
  /** A reading below an earlier one (or above a later one) of the same cycle; `values` names that reading. */
  'READING_OUT_OF_ORDER',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

export const FieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const ApiErrorPayloadSchema = z.object({
  code: ApiErrorCodeSchema,
  message: z.string(),
  details: z.array(FieldIssueSchema).optional(),
  /** What the UI needs to word the error itself (e.g. the conflicting reading's date and amount). */
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ApiErrorPayload = z.infer<typeof ApiErrorPayloadSchema>;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details: FieldIssue[] | undefined;
  readonly values: Record<string, string | number> | undefined;

  constructor(code: ApiErrorCode, message: string, details?: FieldIssue[], values?: Record<string, string | number>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
    this.values = values;
  }

  toPayload(): ApiErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.values ? { values: this.values } : {}),
    };
  }

  static fromPayload(p: ApiErrorPayload): ApiError {
    return new ApiError(p.code, p.message, p.details, p.values);
  }
}

/** Formats a zod issue path the way users read it: `lines[2].capGB`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Said of a field no schema defines (objects are strict, so it is refused, never dropped). */
export const UNKNOWN_FIELD = 'unknown field';

/** One issue per problem; an unknown field is named by its own path (`device.notes`), not its parent's. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: formatPath([...i.path, key]), message: UNKNOWN_FIELD }))
      : [{ path: formatPath(i.path), message: i.message }],
  );
}

export function validationError(error: z.ZodError, what = 'input'): ApiError {
  return validationErrorOf(issuesOf(error), what);
}

/** A VALIDATION error listing every issue, summarised by the first. */
export function validationErrorOf(details: FieldIssue[], what = 'input'): ApiError {
  const first = details[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid';
  return new ApiError('VALIDATION', `Invalid ${what}: ${summary}`, details);
}
