/**
 * Lists of names in the reader's language. English: "Alice, Bob and Carol".
 * Chinese: items joined with 、 and the last one with 和 or 或, which takes a
 * space from a neighbour that is not Chinese ("Alice、Bob 和 Carol",
 * "妈妈和爸爸"), as Chinese and Latin text are always set apart.
 */
import type { Locale } from '../domain/schemas';

const HAN = /\p{Script=Han}/u;

export function formatList(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  if (locale !== 'zh-CN') return new Intl.ListFormat(locale, { type }).format(items);
  const last = items.at(-1);
  if (last === undefined) return '';
  if (items.length === 1) return last;
  const head = items.slice(0, -1).join('、');
  const word = type === 'conjunction' ? '和' : '或';
  const before = HAN.test(head.at(-1) ?? '') ? '' : ' ';
  const after = HAN.test(last.at(0) ?? '') ? '' : ' ';
  return `${head}${before}${word}${after}${last}`;
}

/** Items as a bare enumeration without "and": "AT&T, T-Mobile" / "AT&T、T-Mobile". */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}
