/**
 * Validation problems in the user's language. The shared schemas and the
 * backend say what is wrong with a key of the `errors.field` messages
 * (`poolNeedsSize`), looked up here; every other zod issue is phrased from its
 * code and limit. Field details of a VALIDATION error from the backend carry
 * the same keys.
 */
import type { z } from 'zod';
import { ApiError, type FieldIssue } from '@shared/api/errors';
import { isFieldMessageKey } from '@shared/i18n/render';
import { formatGB, formatNumberNow } from './format';
import { formatIsoDate } from '../features/cycle/dates';
import { NAMESPACES } from '@shared/i18n';
import { currentLocale, i18n } from './index';

/** A t that knows every namespace and reads the current language at each call. */
const t = i18n.getFixedT(null, NAMESPACES);

/**
 * Zod's per-parse error map: phrases issues the schema did not word itself.
 * Pass as `zodResolver(schema, { error: localizedIssue })`.
 */
export function localizedIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return t('errors:field.required');
      if (issue.expected === 'int') return t('errors:field.integer');
      if (issue.expected === 'number') return t('errors:field.number');
      return t('errors:field.invalid');
    case 'too_small': {
      const min = formatNumberNow(Number(issue.minimum));
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? t('errors:field.required') : t('errors:field.minLength', { min });
      if (issue.origin === 'array') return t('errors:field.invalid');
      return issue.inclusive ? t('errors:field.min', { min }) : t('errors:field.minExclusive', { min });
    }
    case 'too_big': {
      const max = formatNumberNow(Number(issue.maximum));
      if (issue.origin === 'string') return t('errors:field.maxLength', { max });
      if (issue.origin === 'array') return t('errors:field.tooMany', { max });
      return issue.inclusive ? t('errors:field.max', { max }) : t('errors:field.maxExclusive', { max });
    }
    case 'invalid_value':
      return t('errors:field.choose');
    default:
      return t('errors:field.invalid');
  }
}

/**
 * A field message ready to show: a message key is said in the current
 * language (with the values it names), anything else is already localized.
 * Components call it while rendering, so it follows a language switch.
 */
export function fieldMessage(message: string | undefined, values?: FieldIssue['values']): string | undefined {
  if (message === undefined) return undefined;
  return isFieldMessageKey(message) ? t(`errors:field.${message}`, values ?? {}) : message;
}

/** `plan.tiers[1].dataGB` → "Data" (the last named part), or the path itself when unknown. */
export function fieldLabel(path: string): string {
  const segments = path.split(/[.[\]]/).filter((s) => s !== '' && !/^\d+$/.test(s));
  const last = segments[segments.length - 1];
  const key = `errors:fieldNames.${last ?? ''}`;
  return last && i18n.exists(key) ? (t(key as 'errors:fieldNames.name') as string) : path;
}

/** Values an error names (a date, an amount), formatted for the user's language. */
function errorValues(error: ApiError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(error.values ?? {})) {
    if (key === 'date' && typeof value === 'string') out[key] = formatIsoDate(value, currentLocale());
    else if (key.endsWith('GB') && typeof value === 'number') out[key] = formatGB(value, currentLocale());
    else out[key] = String(value);
  }
  return out;
}

/** The title and field lines of an API error, in the user's language. */
export function describeApiError(error: ApiError): { title: string; details: string[] } {
  return {
    // The key is built from the code, so the typed overloads cannot check it; every code has a message.
    title: (t as unknown as (key: string, values: Record<string, string>) => string)(
      `errors:code.${error.code}`,
      errorValues(error),
    ),
    details: (error.details ?? []).map((d) =>
      t('errors:detail', { field: fieldLabel(d.path), message: fieldMessage(d.message, d.values) ?? '' }),
    ),
  };
}

/**
 * Splits a backend VALIDATION error into problems of this form's fields
 * (`prefix.field` → `field`, `a[0].b` → `a.0.b`; an empty prefix takes every
 * path as a field) and the rest.
 */
export function fieldIssuesOf(
  error: ApiError,
  prefix: string,
): { fields: { name: string; message: string }[]; rest: ApiError | null } {
  if (error.code !== 'VALIDATION' || !error.details) return { fields: [], rest: error };
  const fields: { name: string; message: string }[] = [];
  const unmatched: NonNullable<ApiError['details']> = [];
  for (const d of error.details) {
    const normalized = d.path.replace(/\[(\d+)\]/g, '.$1');
    if (prefix === '') fields.push({ name: normalized, message: d.message });
    else if (normalized.startsWith(`${prefix}.`)) {
      fields.push({ name: normalized.slice(prefix.length + 1), message: d.message });
    } else unmatched.push(d);
  }
  if (unmatched.length === 0) return { fields, rest: null };
  return { fields, rest: new ApiError(error.code, error.message, unmatched) };
}
