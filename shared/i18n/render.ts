/**
 * Text for the places that render without i18next (the CLI, the advisor's
 * English for scenario files, desktop notifications): the same catalogs and
 * the same `{{name}}` placeholders.
 */
import type { Locale } from '../domain/schemas';
import type { FieldMessageKey } from '../domain/messages';
import type { Advice, AdviceMessage, AdviceOption } from '../engine/advise/schema';
import { formatGB } from '../engine/amounts';
import { UNKNOWN_CODES, type Comparison, type ComparisonResult, type ReasonDetail } from '../engine/types';
import { messageCatalogs } from './index';

/** Fills `{{name}}` placeholders; a missing value leaves the placeholder visible rather than printing "undefined". */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Values a field message names (the unknown id, the tier). */
export type FieldMessageValues = Readonly<Record<string, string | number>>;

/** True when `message` is a key of `errors.field` rather than words (zod's own English, say). */
export function isFieldMessageKey(message: string): message is FieldMessageKey {
  return Object.hasOwn(messageCatalogs.errors.en.field, message);
}

/**
 * A schema's field message in a language: the key's message with its values
 * filled in; anything that is not a key (zod's own English) as given.
 */
export function renderFieldMessage(locale: Locale, message: string, values: FieldMessageValues = {}): string {
  return isFieldMessageKey(message) ? formatMessage(messageCatalogs.errors[locale].field[message], values) : message;
}

/** An advice option in words: its title, reason, steps and caveats said in one language. */
export type AdviceOptionInWords = Omit<AdviceOption, 'steps' | 'caveats' | 'reason'> & {
  title: string;
  steps: string[];
  caveats: string[];
  reason: string | null;
};

/** The advisor's answer in words, as the CLI prints it and the advice page shows it. */
export type AdviceInWords = Omit<Advice, 'sharing' | 'options'> & {
  locale: Locale;
  sharing: { model: Advice['sharing']['model']; title: string; text: string };
  options: AdviceOptionInWords[];
};

/** Says one message of the `advice` namespace by its code (`caveats.payPerGB`) with its values. */
export type SayAdvice = (code: string, values: Readonly<Record<string, string | number>>) => string;

/**
 * The message at a dotted code. Fact labels are keyed by dotted paths
 * (`facts.account.sharing`), so a longer joined key is tried before a nested one.
 */
function lookup(node: unknown, parts: readonly string[]): string | undefined {
  if (parts.length === 0) return typeof node === 'string' ? node : undefined;
  if (typeof node !== 'object' || node === null) return undefined;
  for (let i = parts.length; i >= 1; i--) {
    const key = parts.slice(0, i).join('.');
    if (Object.hasOwn(node, key)) {
      const found = lookup((node as Record<string, unknown>)[key], parts.slice(i));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The advisor's answer in words, field for field in the order the CLI prints.
 * `say` words one message: the catalogs here, i18next on the advice page, so
 * both read the same codes the same way.
 */
export function adviceInWords(advice: Advice, locale: Locale, say: SayAdvice): AdviceInWords {
  const carrier = advice.carrierName;
  const text = (message: AdviceMessage): string => {
    // A catalog fact's note comes written in both languages.
    if (message.code === 'note') return String(message.values[locale === 'zh-CN' ? 'zh' : 'en'] ?? '');
    // Every message may name the carrier.
    const values: Record<string, string | number> = { carrier };
    for (const [name, value] of Object.entries(message.values)) {
      if (typeof value === 'string' || typeof value === 'number') values[name] = value;
      else if ('list' in value) values[name] = value.list.join(say('words.listSeparator', {}));
      else values[name] = say(value.code, { carrier, ...value.values });
    }
    return say(message.code, values);
  };
  const model = advice.sharing.model ?? 'unknown';
  return {
    carrier: advice.carrier,
    carrierName: advice.carrierName,
    parentNetwork: advice.parentNetwork,
    to: advice.to,
    gb: advice.gb,
    plan: advice.plan,
    locale,
    sharing: {
      model: advice.sharing.model,
      title: say(`sharingModels.${model}.title`, {}),
      text: say(`sharingModels.${model}.body`, {}),
    },
    options: advice.options.map((o) => ({
      kind: o.kind,
      title: say(`kinds.${o.kind}`, {}),
      possible: o.possible,
      status: o.status,
      monthlyCost: o.monthlyCost,
      steps: o.steps.map(text),
      caveats: [...new Set(o.caveats.map(text))],
      applies: o.applies,
      reason: o.reason === null ? null : text(o.reason),
      quote: o.quote,
      source: o.source,
      sourceTitle: o.sourceTitle,
      verified: o.verified,
      sourceDate: o.sourceDate,
      reliability: o.reliability,
      basis: o.basis,
    })),
  };
}

/** The advisor's answer said in a language from the message catalogs (the CLI, tests). */
export function renderAdvice(advice: Advice, locale: Locale): AdviceInWords {
  const messages = messageCatalogs.advice[locale];
  return adviceInWords(advice, locale, (code, values) => {
    const parts = code.split('.');
    return formatMessage(lookup(messages, parts) ?? parts.slice(1).join('.'), values);
  });
}

/** One reason a plan does not fit, or one unknown fact, in the short form of the CLI's compare output. */
export function renderReason(detail: ReasonDetail, locale: Locale): string {
  const m = messageCatalogs.compare[locale].brief;
  const values: Record<string, string | number> = { line: detail.line ?? '' };
  for (const [name, value] of Object.entries(detail.values)) {
    if (typeof value === 'number') values[name] = name.endsWith('GB') ? formatGB(value) : value;
    else if (typeof value === 'string') values[name] = value;
  }
  // The lines a plan-level reason names; PRICE_UNKNOWN's `lines` is a count.
  if (detail.lines !== undefined) values.lines = detail.lines.join(m.listSeparator);
  switch (detail.code) {
    case 'NO_TIER_FITS': {
      // A hotspot load of 0 fits any tier, so it is left out.
      const needs = [formatMessage(m.needsDemand, values)];
      if (typeof detail.values.hotspotLoadGB === 'number' && detail.values.hotspotLoadGB > 0) {
        needs.push(formatMessage(m.needsHotspot, values));
      }
      if (detail.values.needsPremium === true) needs.push(m.needsPremium);
      return formatMessage(m.NO_TIER_FITS, { ...values, needs: needs.join(m.listSeparator) });
    }
    case 'PRICE_UNKNOWN':
      return detail.values.lines === 1 ? m.PRICE_UNKNOWN_ONE : formatMessage(m.PRICE_UNKNOWN, values);
    default:
      return formatMessage(m[detail.code], values);
  }
}

/** The engine's ranking with its reasons and unknowns in words (`details` stays, for the page). */
export function comparisonInWords(result: ComparisonResult, locale: Locale): Comparison {
  return {
    ranking: result.ranking.map(({ plan, carrier, fits, monthly, tiers, details }) => ({
      plan,
      carrier,
      fits,
      monthly,
      tiers,
      reasons: details.filter((d) => !UNKNOWN_CODES.has(d.code)).map((d) => renderReason(d, locale)),
      unknowns: details.filter((d) => UNKNOWN_CODES.has(d.code)).map((d) => renderReason(d, locale)),
      details,
    })),
  };
}
