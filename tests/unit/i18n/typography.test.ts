/**
 * Every Chinese text the app shows, checked for completeness and typography:
 * each English message has a Chinese one and the other way round, Chinese
 * and Latin letters or digits are separated by a space, and lists of Chinese
 * words are joined with 、 rather than an English comma.
 */
import { describe, expect, it } from 'vitest';
import { alertText } from '@shared/alerts/text';
import { BUILTIN_CATALOG } from '@shared/catalog/carriers';
import * as general from '@shared/catalog/general';
import { messageCatalogs, NAMESPACES } from '@shared/i18n';
import { formatList, joinList } from '@shared/i18n/list';

type Leaves = Map<string, string>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every string in a message tree, by its dotted key path. */
function leavesOf(tree: unknown): Leaves {
  const out: Leaves = new Map();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') out.set(path, node);
    else if (isRecord(node))
      for (const [key, child] of Object.entries(node)) walk(child, path === '' ? key : `${path}.${key}`);
  };
  walk(tree, '');
  return out;
}

/** Every `{ en, zh }` pair in the built-in carrier catalog and the carrier-independent facts. */
function bilingualTexts(): { path: string; en: string; zh: string }[] {
  const out: { path: string; en: string; zh: string }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (!isRecord(node)) return;
    if ('en' in node && 'zh' in node && typeof node.en === 'string' && typeof node.zh === 'string') {
      out.push({ path, en: node.en, zh: node.zh });
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
  };
  for (const carrier of BUILTIN_CATALOG) walk(carrier, carrier.id);
  for (const [name, value] of Object.entries(general)) walk(value, `general.${name}`);
  return out;
}

/** Every Chinese text, named by where it lives. */
function chineseTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const ns of NAMESPACES)
    for (const [path, text] of leavesOf(messageCatalogs[ns]['zh-CN'])) out.push([`${ns}:${path}`, text]);
  for (const { path, zh } of bilingualTexts()) out.push([`catalog:${path}`, zh]);
  return out;
}

const HAN = '\\p{Script=Han}';
/** A Latin letter, an ASCII digit, or an interpolation, which is filled with a number, an amount or a name. */
const LATIN = '(?:[A-Za-z0-9]|\\{\\{\\w+\\}\\})';

/**
 * Interpolations whose value is itself a Chinese phrase, so the sentence reads
 * as Chinese running into Chinese and takes no space there. Named one by one,
 * by message: `whom` is 我账户上的号码 and
 * the like; `delimiter` is 逗号, 分号 or a quoted character; `term` is the
 * name of a limit (上限…); `lines` is "3 个号码".
 */
const CHINESE_VALUED: Record<string, readonly string[]> = {
  'advice:reasons.giftNone': ['whom'],
  'usage:import.summary': ['delimiter'],
  'whatif:lines.termOf': ['term'],
  'status:headline.perLine': ['lines'],
};

/**
 * Exceptions, kept narrow:
 * - Dates written the Chinese way, digits directly before 年, 月 and 日
 *   ("2026年11月24日", "11月24日"), as Intl.DateTimeFormat writes them for zh-CN.
 * - Full-width punctuation（，。：；、（）) next to Latin text needs no space;
 *   it is not Han, so the rule never sees it.
 * - Latin next to Latin ("15 GB", "eSIM", "5G") is not this rule's business;
 *   "eSIM" next to Han still needs a space.
 */
function spacingProblems(text: string, where = ''): string[] {
  const chinese = CHINESE_VALUED[where] ?? [];
  const masked = text
    .replace(/\d{4}年\d{1,2}月\d{1,2}日/gu, '日期')
    .replace(/\d{1,2}月\d{1,2}日/gu, '日期')
    .replace(/\{\{(\w+)\}\}/g, (match, name: string) => (chinese.includes(name) ? '中文' : match));
  const problems: string[] = [];
  const touching = new RegExp(`${HAN}${LATIN}|${LATIN}${HAN}`, 'gu');
  for (const match of masked.matchAll(touching)) problems.push(match[0]);
  return problems;
}

/**
 * An English comma next to a Chinese word ("通话, 短信"): Chinese lists take
 * 、 and Chinese clauses take ，. A comma between Latin words inside Chinese
 * text ("(talk, text)") is left alone.
 */
function commaProblems(text: string): string[] {
  return [...text.matchAll(new RegExp(`${HAN}\\s*,|,\\s*${HAN}`, 'gu'))].map((m) => m[0]);
}

/**
 * Three or more short Chinese words (one to four characters) in a row
 * joined with ，, such as "通话，短信，流量": a list that wants 、. Longer
 * pieces are clauses, where ， is right, so they are not flagged.
 */
function fullWidthListProblems(text: string): string[] {
  const list = new RegExp(`(?<!${HAN})(${HAN}{1,4}(?:，${HAN}{1,4}){2,})(?!${HAN})`, 'gu');
  return [...text.matchAll(list)].map((m) => m[1] ?? '');
}

describe('message messageCatalogs are complete in both languages', () => {
  it.each(NAMESPACES)('%s: every English message has a Chinese one and vice versa', (ns) => {
    const en = leavesOf(messageCatalogs[ns].en);
    const zh = leavesOf(messageCatalogs[ns]['zh-CN']);
    expect(
      [...en.keys()].filter((k) => !zh.has(k)),
      'English keys without Chinese',
    ).toEqual([]);
    expect(
      [...zh.keys()].filter((k) => !en.has(k)),
      'Chinese keys without English',
    ).toEqual([]);
    expect(
      [...zh].filter(([, text]) => text.trim() === '').map(([k]) => k),
      'empty Chinese messages',
    ).toEqual([]);
    expect(
      [...en].filter(([, text]) => text.trim() === '').map(([k]) => k),
      'empty English messages',
    ).toEqual([]);
  });

  it('every bilingual carrier note has both an English and a Chinese text', () => {
    const texts = bilingualTexts();
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => t.en.trim() === '' || t.zh.trim() === '').map((t) => t.path)).toEqual([]);
  });
});

describe('Chinese typography', () => {
  const texts = chineseTexts();

  it('finds the Chinese texts it checks', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it('puts a space between Chinese and Latin letters, digits or interpolations', () => {
    const bad = texts.flatMap(([where, text]) => {
      const problems = spacingProblems(text, where);
      return problems.length === 0 ? [] : [`${where}: ${problems.join(' | ')} — ${text}`];
    });
    expect(bad).toEqual([]);
  });

  it('joins Chinese list items with 、, never with an English comma', () => {
    const bad = texts.flatMap(([where, text]) => {
      const problems = [...commaProblems(text), ...fullWidthListProblems(text)];
      return problems.length === 0 ? [] : [`${where}: ${problems.join(' | ')} — ${text}`];
    });
    expect(bad).toEqual([]);
  });

  it('the rules catch what they are meant to catch', () => {
    expect(spacingProblems('每天0.77 GB')).toEqual(['天0']);
    expect(spacingProblems('安装eSIM后')).toEqual(['装e', 'M后']);
    expect(spacingProblems('已用{{used}}')).toEqual(['用{{used}}']);
    expect(spacingProblems('每天 0.77 GB，安装 eSIM 后已用 {{used}}（约 80%）')).toEqual([]);
    expect(spacingProblems('2026年11月24日 前')).toEqual([]);
    expect(spacingProblems('给{{whom}}的功能', 'advice:reasons.giftNone')).toEqual([]);
    expect(spacingProblems('给{{whom}}的功能')).toEqual(['给{{whom}}']);
    expect(commaProblems('通话, 短信和流量')).toEqual(['话,']);
    expect(commaProblems('包含 (talk, text)')).toEqual([]);
    expect(fullWidthListProblems('通话，短信，流量。')).toEqual(['通话，短信，流量']);
    expect(fullWidthListProblems('这个号码的流量已经用完，今天不能再用，请换一个套餐。')).toEqual([]);
  });
});

describe('lists of names assembled in code', () => {
  it('Chinese lists use 、 and set 和/或 apart from Latin names only', () => {
    expect(formatList(['Alice', 'Bob', 'Carol'], 'zh-CN')).toBe('Alice、Bob 和 Carol');
    expect(formatList(['妈妈', '爸爸'], 'zh-CN')).toBe('妈妈和爸爸');
    expect(formatList(['妈妈', 'iPad'], 'zh-CN', 'disjunction')).toBe('妈妈或 iPad');
    expect(formatList(['Alice'], 'zh-CN')).toBe('Alice');
    expect(formatList([], 'zh-CN')).toBe('');
    expect(spacingProblems(formatList(['Alice', '妈妈', 'Bob', 'iPad 2'], 'zh-CN'))).toEqual([]);
    expect(joinList(['AT&T', 'T-Mobile'], 'zh-CN')).toBe('AT&T、T-Mobile');
  });

  it('English lists read as English', () => {
    expect(formatList(['Alice', 'Bob', 'Carol'], 'en')).toBe('Alice, Bob, and Carol');
    expect(formatList(['Alice', 'Bob'], 'en', 'disjunction')).toBe('Alice or Bob');
    expect(joinList(['AT&T', 'T-Mobile'], 'en')).toBe('AT&T, T-Mobile');
  });
});

describe('alert sentences assembled in code', () => {
  const values = {
    percent: 90,
    usedGB: 4.5,
    poolGB: 30,
    limitGB: 5,
    premiumGB: 50,
    exhaustsOn: '2026-11-27',
    latestReading: '2026-11-20',
    days: 3,
    basis: 'cap',
  };
  const rules = [
    'pool-threshold',
    'limit-threshold',
    'pool-runs-out',
    'limit-runs-out',
    'priority-passed',
    'reading-reminder',
  ] as const;

  it.each(rules)('%s keeps numbers, amounts, dates and a Latin line name apart from Chinese', (rule) => {
    const { title, body } = alertText({ rule, values }, 'zh-CN', 'Kid iPad');
    expect(spacingProblems(title)).toEqual([]);
    expect(spacingProblems(body)).toEqual([]);
  });
});
