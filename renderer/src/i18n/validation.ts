/**
 * Validation problems in the user's language. The shared schemas carry a few
 * English messages of their own (refinements, `required`); every other zod
 * issue is phrased here from its code and limit. The same table translates
 * the field details of a VALIDATION error that comes back from the backend.
 */
import type { z } from 'zod';
import { ApiError, UNKNOWN_FIELD } from '@shared/api/errors';
import { CATALOG_LIMIT_MESSAGE, RESERVED_KEY_MESSAGE } from '@shared/catalog/schema';
import { DATE_OUT_OF_RANGE, LIMIT_MESSAGES, TEXT_HAS_NUL, TEXT_LONE_SURROGATE } from '@shared/domain/schemas';
import type { MessageResources } from '@shared/i18n';
import { formatGB, formatNumberNow } from './format';
import { formatIsoDate } from '../features/cycle/dates';
import { NAMESPACES } from '@shared/i18n';
import { currentLocale, i18n } from './index';

/** A t that knows every namespace and reads the current language at each call. */
const t = i18n.getFixedT(null, NAMESPACES);

type FieldKey = keyof MessageResources['errors']['field'];

/** Messages written into shared/domain/schemas.ts, by the key that says them for people. */
const SCHEMA_MESSAGES: Record<string, FieldKey> = {
  required: 'required',
  'expected a date as YYYY-MM-DD': 'date',
  'not a real calendar date': 'realDate',
  'lower-case letters, digits and dashes': 'carrierId',
  'a pool plan needs its pool size': 'poolNeedsSize',
  'a fixed-length cycle needs both its length and an anchor date': 'cycleBoth',
  'give a cycle start day, or a fixed cycle length and anchor date': 'cycleNeeded',
  'a device on a line uses its own data; only a device without a line tethers': 'tetherOnlyWithoutLine',
  'a host is listed twice': 'hostTwice',
  'another tier already has this name': 'tierNameTwice',
  'a reading cannot be dated after today': 'futureReading',
  'digits, spaces, dashes, parentheses and a leading +1': 'phoneNumber',
  'a phone number has 4 to 15 digits': 'phoneDigits',
  [TEXT_HAS_NUL]: 'nul',
  [TEXT_LONE_SURROGATE]: 'loneSurrogate',
  [DATE_OUT_OF_RANGE]: 'dateRange',
  [UNKNOWN_FIELD]: 'unknownField',
  [RESERVED_KEY_MESSAGE]: 'reservedKey',
  [LIMIT_MESSAGES.lines]: 'limitLines',
  [LIMIT_MESSAGES.devices]: 'limitDevices',
  [LIMIT_MESSAGES.readings]: 'limitReadings',
  [LIMIT_MESSAGES.history]: 'limitHistory',
  [CATALOG_LIMIT_MESSAGE]: 'limitCatalog',
};

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
 * A field message ready to show: schema-worded English is translated, the rest
 * is already localized. Components call it while rendering, so it follows a
 * language switch.
 */
export function fieldMessage(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const key = SCHEMA_MESSAGES[message];
  return key ? t(`errors:field.${key}`) : message;
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
      t('errors:detail', { field: fieldLabel(d.path), message: fieldMessage(d.message) ?? '' }),
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
