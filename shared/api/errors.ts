/**
 * The one error shape that crosses the API boundary. `code` is stable and the
 * UI translates it; `message` is English for logs and the CLI; `details`
 * names what was wrong (for validation: one entry per field path).
 */
import { z } from 'zod';
import { fieldKey } from '../domain/messages';
import { renderFieldMessage } from '../i18n/render';

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

/**
 * One problem of one field. `message` is a key of the `errors.field` messages
 * when a schema or the backend worded it (`poolNeedsSize`), so each edge says
 * it in its own language; zod's own checks leave their English here, and the
 * UI words those from their limit instead. `values` fill the key's message.
 */
export const FieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
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
export const UNKNOWN_FIELD = fieldKey('unknownField');

/** One issue per problem; an unknown field is named by its own path (`device.notes`), not its parent's. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i): FieldIssue[] =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: formatPath([...i.path, key]), message: UNKNOWN_FIELD }))
      : [{ path: formatPath(i.path), message: i.message, ...valuesOf(i) }],
  );
}

/** The values a custom issue names (scenario refinements pass them as `params`). */
function valuesOf(issue: z.core.$ZodIssue): { values?: Record<string, string | number> } {
  if (issue.code !== 'custom' || issue.params === undefined) return {};
  const values = Object.fromEntries(
    Object.entries(issue.params).filter((e): e is [string, string | number] =>
      ['string', 'number'].includes(typeof e[1]),
    ),
  );
  return Object.keys(values).length > 0 ? { values } : {};
}

/** A field issue in English words, for logs, the CLI and the error's own `message`. */
export function issueText(issue: FieldIssue): string {
  return `${issue.path}: ${renderFieldMessage('en', issue.message, issue.values)}`;
}

export function validationError(error: z.ZodError, what = 'input'): ApiError {
  return validationErrorOf(issuesOf(error), what);
}

/** A VALIDATION error listing every issue, summarised by the first. */
export function validationErrorOf(details: FieldIssue[], what = 'input'): ApiError {
  const first = details[0];
  const summary = first ? issueText(first) : 'invalid';
  return new ApiError('VALIDATION', `Invalid ${what}: ${summary}`, details);
}
