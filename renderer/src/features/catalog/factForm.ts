/**
 * The form that corrects one catalog fact: its value (with a control that fits
 * the kind of value), its https source, the day it was verified, the page's
 * own date and the kind of page. Validation is the shared CarrierSchema run on
 * the whole carrier with the corrected fact in place, so every rule the
 * backend applies (a known value needs its source and date, an MVNO's parent
 * network must stay listed) is checked before saving, and its issues land on
 * the field they are about.
 */
import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  CarrierSchema,
  RadioNetworkSchema,
  type Carrier,
  type Fact,
  type RadioNetwork,
  type Reliability,
} from '@shared/catalog/schema';
import { localizedIssue } from '@renderer/i18n/validation';
import { numberOrNull } from '@renderer/ui/numberInput';
import { factAt, withFact, type ValueKind } from './factPaths';

export const UNKNOWN = 'unknown';
export const AMOUNT = 'amount';
export const NO_RELIABILITY = 'none';

export interface FactFormValues {
  /** yes/no/unknown, an option, or the mode of an allowance (unknown, unlimited/none, amount). */
  choice: string;
  amount: string;
  list: string;
  networks: RadioNetwork[];
  quote: string;
  source: string;
  verified: string;
  sourceDate: string;
  reliability: Reliability | typeof NO_RELIABILITY;
  keepNote: boolean;
}

export type FactFormField = keyof FactFormValues;

/** The field that holds the value itself, for issues about `value`. */
export function valueField(kind: ValueKind): FactFormField {
  switch (kind.type) {
    case 'boolean':
    case 'choice':
      return 'choice';
    case 'number':
    case 'allowance':
      return 'amount';
    case 'networks':
      return 'networks';
    case 'list':
      return 'list';
  }
}

export function factToForm(kind: ValueKind, fact: Fact<unknown>): FactFormValues {
  const v = fact.value;
  const values: FactFormValues = {
    choice: UNKNOWN,
    amount: '',
    list: '',
    networks: [],
    quote: fact.quote ?? '',
    source: fact.source ?? '',
    verified: fact.verified ?? '',
    sourceDate: fact.sourceDate ?? '',
    reliability: fact.reliability ?? NO_RELIABILITY,
    keepNote: fact.note !== null,
  };
  if (v === null) return values;
  switch (kind.type) {
    case 'boolean':
      return { ...values, choice: v === true ? 'yes' : 'no' };
    case 'choice':
      return { ...values, choice: String(v) };
    case 'number':
      return { ...values, amount: String(v) };
    case 'allowance':
      return typeof v === 'number'
        ? { ...values, choice: AMOUNT, amount: String(v) }
        : { ...values, choice: String(v) };
    case 'networks':
      return { ...values, networks: Array.isArray(v) ? (v as RadioNetwork[]) : [] };
    case 'list':
      return { ...values, list: Array.isArray(v) ? v.map((x) => (x === null ? '?' : String(x))).join(', ') : '' };
  }
}

type Converted = { ok: true; value: unknown } | { ok: false; field: FactFormField; message: string };

/** "65, 55, ?" (also with Chinese commas) → [65, 55, null]; empty → null (unknown). */
function parseList(text: string): unknown[] | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const items = trimmed.split(/[,，、;；\s]+/).filter((s) => s !== '');
  const parsed = items.map((item) => (item === '?' || item === '？' ? null : numberOrNull(item)));
  return parsed.some((p) => typeof p === 'number' && Number.isNaN(p)) ? undefined : parsed;
}

/** Message the form shows for a list it cannot read; translated when rendered. */
export const LIST_INVALID = 'catalog:form.listInvalid';

function convertValue(kind: ValueKind, v: FactFormValues): Converted {
  switch (kind.type) {
    case 'boolean':
      return { ok: true, value: v.choice === UNKNOWN ? null : v.choice === 'yes' };
    case 'choice':
      return { ok: true, value: v.choice === UNKNOWN ? null : v.choice };
    case 'number':
      // NaN goes on to the schema, which words "Enter a number".
      return { ok: true, value: numberOrNull(v.amount) };
    case 'allowance':
      if (v.choice === UNKNOWN) return { ok: true, value: null };
      if (v.choice === AMOUNT) return { ok: true, value: numberOrNull(v.amount) ?? Number.NaN };
      return { ok: true, value: v.choice };
    case 'networks':
      return {
        ok: true,
        value: v.networks.length === 0 ? null : RadioNetworkSchema.options.filter((n) => v.networks.includes(n)),
      };
    case 'list': {
      const list = parseList(v.list);
      return list === undefined ? { ok: false, field: 'list', message: LIST_INVALID } : { ok: true, value: list };
    }
  }
}

/** The corrected fact the form describes (not yet validated), or the field it cannot read. */
export function formToFact(
  kind: ValueKind,
  values: FactFormValues,
  original: Fact<unknown>,
): { ok: true; fact: Fact<unknown> } | { ok: false; field: FactFormField; message: string } {
  const converted = convertValue(kind, values);
  if (!converted.ok) return converted;
  const blank = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    ok: true,
    fact: {
      value: converted.value,
      quote: blank(values.quote),
      source: blank(values.source),
      sourceTitle: blank(values.source) === original.source ? original.sourceTitle : null,
      verified: blank(values.verified),
      sourceDate: blank(values.sourceDate),
      reliability: values.reliability === NO_RELIABILITY ? null : values.reliability,
      // What the user saves is their own check: it needs its date, not a quote.
      byUser: true,
      note: values.keepNote ? original.note : null,
    },
  };
}

/** Which form field an issue at `rest` (the path inside the fact) belongs to. */
export function fieldForIssue(kind: ValueKind, rest: readonly PropertyKey[]): FactFormField | null {
  switch (rest[0]) {
    case 'value':
      return valueField(kind);
    case 'quote':
      return 'quote';
    case 'source':
      return 'source';
    case 'verified':
      return 'verified';
    case 'sourceDate':
      return 'sourceDate';
    case 'reliability':
      return 'reliability';
    default:
      return null;
  }
}

/** The carrier with the form's fact in place, if the form can be read at all. */
export function correctedCarrier(carrier: Carrier, path: string, kind: ValueKind, values: FactFormValues) {
  const original = factAt(carrier, path);
  if (!original) throw new Error(`no fact at ${path}`);
  const result = formToFact(kind, values, original);
  return result.ok ? { ok: true as const, carrier: withFact(carrier, path, result.fact) } : result;
}

/** Validates the form by validating the corrected carrier (see the file comment). */
export function factFormResolver(carrier: Carrier, path: string, kind: ValueKind): Resolver<FactFormValues> {
  const segments = path.split('.');
  return (values) => {
    const corrected = correctedCarrier(carrier, path, kind, values);
    if (!corrected.ok) {
      return { values: {}, errors: { [corrected.field]: { type: 'validate', message: corrected.message } } };
    }
    const parsed = CarrierSchema.safeParse(corrected.carrier, { error: localizedIssue });
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const inFact = segments.every((s, i) => issue.path[i] === s);
      const name = (inFact ? fieldForIssue(kind, issue.path.slice(segments.length)) : null) ?? 'root';
      errors[name] ??= { type: 'validate', message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<FactFormValues> };
  };
}
