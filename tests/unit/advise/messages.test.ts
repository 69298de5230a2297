import { describe, expect, test } from 'vitest';
import { messageCatalogs } from '@shared/i18n';
import { formatMessage } from '@shared/i18n/render';

const adviceMessages = messageCatalogs.advice;

type Tree = { [key: string]: Tree | string | string[] };

function leaves(tree: Tree, path = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const at = path === '' ? key : `${path}.${key}`;
    if (typeof value === 'string') return [[at, value]];
    if (Array.isArray(value)) return value.map((v, i): [string, string] => [`${at}.${i}`, v]);
    return leaves(value, at);
  });
}

const en = new Map(leaves(adviceMessages.en as unknown as Tree));
const zh = new Map(leaves(adviceMessages['zh-CN'] as unknown as Tree));
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const HAN = /\p{Script=Han}/u;

describe('advice messages', () => {
  test('use the same placeholders in both languages', () => {
    for (const [key, text] of en) expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  test('are written in Chinese, not copied from the English', () => {
    for (const [key, text] of zh) {
      // Short unit templates ("{{gb}} GB") and separators are the same in both.
      if (text.replace(/\{\{\w+\}\}/g, '').replace(/[\sGB,、]/g, '').length < 2) continue;
      expect(text, key).toMatch(HAN);
    }
  });

  test('name every option kind, status and sharing model', () => {
    for (const messages of [adviceMessages.en, adviceMessages['zh-CN']]) {
      expect(Object.keys(messages.kinds).sort()).toEqual([
        'add-line',
        'data-only-line',
        'gift',
        'hotspot',
        'per-line-limit',
        'prepaid-esim',
        'shared-pool',
      ]);
      expect(Object.keys(messages.statuses).sort()).toEqual(['no', 'unknown', 'yes']);
      expect(Object.keys(messages.sharingModels)).toEqual(
        expect.arrayContaining(['pooled', 'per-line', 'billing-only']),
      );
    }
  });

  test('explain the 主卡/副卡 model against US per-line and billing-only family plans', () => {
    const zhSection = adviceMessages['zh-CN'].chinaVsUs;
    const text = [zhSection.title, ...zhSection.paragraphs].join('');
    expect(text).toContain('主卡');
    expect(text).toContain('副卡');
    expect(text).toContain('per-line');
    expect(text).toMatch(/只是合并账单/);
    const enText = [adviceMessages.en.chinaVsUs.title, ...adviceMessages.en.chinaVsUs.paragraphs].join(' ');
    expect(enText).toMatch(/primary card/);
    expect(enText).toMatch(/only combine the bill/);
  });

  test('say "unknown — check with the carrier" for unknown facts', () => {
    expect(adviceMessages.en.statuses.unknown).toBe('Unknown — check with the carrier');
    expect(adviceMessages['zh-CN'].statuses.unknown).toBe('不确定——请向运营商确认');
  });
});

describe('filling a message', () => {
  test('replaces every placeholder it has a value for', () => {
    expect(formatMessage('{{a}} and {{b}}, {{a}}', { a: 1, b: 'x' })).toBe('1 and x, 1');
  });

  test('leaves a placeholder without a value visible instead of printing undefined', () => {
    expect(formatMessage('Hi {{name}}')).toBe('Hi {{name}}');
  });
});
