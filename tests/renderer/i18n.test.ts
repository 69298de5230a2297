import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/errors';
import {
  DeviceInputSchema,
  GBSchema,
  IsoDateSchema,
  LIMIT_MESSAGES,
  NameSchema,
  PlanSchema,
} from '@shared/domain/schemas';
import { CATALOG_LIMIT_MESSAGE, CatalogKeySchema } from '@shared/catalog/schema';
import { issuesOf, validationError } from '@shared/api/errors';
import { ScenarioSchema } from '@shared/scenario/schema';
import { POOL_PLAN_INPUT, tierInput } from '../support/planInput';
import { scenarioIssueText } from '@renderer/features/data/scenarioIssueText';
import { messageCatalogs, NAMESPACES, resolveLocale } from '@shared/i18n';
import { applyLocale } from '@renderer/i18n';
import { formatGB, formatPrice } from '@renderer/i18n/format';
import { describeApiError, fieldMessage, localizedIssue } from '@renderer/i18n/validation';
import { numberOrNull, numberOrUndefined } from '@renderer/ui/numberInput';

function flatten(messages: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

describe('message messageCatalogs', () => {
  it.each(NAMESPACES)('"%s" has every message in both English and Chinese', (ns) => {
    const en = flatten(messageCatalogs[ns].en);
    const zh = flatten(messageCatalogs[ns]['zh-CN']);
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of [...en, ...zh]) {
      expect(typeof value === 'string' && value.trim() !== '', `${ns}:${key}`).toBe(true);
    }
  });
});

describe('language', () => {
  it('follows the saved choice, else the system, reading any Chinese as Simplified Chinese', () => {
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(resolveLocale(null, 'zh-TW')).toBe('zh-CN');
    expect(resolveLocale(null, 'zh')).toBe('zh-CN');
    expect(resolveLocale(null, 'en-US')).toBe('en');
    expect(resolveLocale(null, undefined)).toBe('en');
  });
});

describe('numbers with units', () => {
  it('prints data in decimal GB with up to two decimals', () => {
    expect(formatGB(12.3, 'en')).toBe('12.3 GB');
    expect(formatGB(1234.567, 'en')).toBe('1,234.57 GB');
    expect(formatGB(0.5, 'zh-CN')).toBe('0.5 GB');
  });

  it('prints prices in US dollars', () => {
    expect(formatPrice(60, 'en')).toBe('$60.00');
    expect(formatPrice(60, 'zh-CN')).toBe('US$60.00');
  });

  it('reads what was typed, including full-width digits from a Chinese keyboard', () => {
    expect(numberOrUndefined('１２．５')).toBe(12.5);
    expect(numberOrUndefined(' 3 ')).toBe(3);
    expect(numberOrUndefined('')).toBeUndefined();
    expect(numberOrUndefined('12abc')).toBeNaN();
    expect(numberOrNull('')).toBeNull();
  });
});

describe('validation messages', () => {
  it('phrases a limit in the user language', () => {
    applyLocale('zh-CN');
    const issue = GBSchema.safeParse(-1, { error: localizedIssue }).error?.issues[0];
    expect(issue?.message).toBe('不能小于 0。');
    applyLocale('en');
    expect(GBSchema.safeParse(-1, { error: localizedIssue }).error?.issues[0]?.message).toBe('Must be at least 0.');
  });

  it('translates the messages the shared schemas word themselves', () => {
    const message = NameSchema.safeParse('', { error: localizedIssue }).error?.issues[0]?.message;
    applyLocale('zh-CN');
    expect(fieldMessage(message)).toBe('必填。');
  });

  it('has a Chinese wording for every message the shared schemas word themselves', () => {
    const plan = POOL_PLAN_INPUT;
    const tier = tierInput;
    const device = {
      name: 'D',
      kind: 'tablet',
      ownerId: null,
      sim: 'none',
      lineId: null,
      monthlyGB: 1,
      hotspotFrom: [],
    };
    const failures = [
      NameSchema.safeParse(''),
      IsoDateSchema.safeParse('tomorrow'),
      IsoDateSchema.safeParse('2026-02-30'),
      PlanSchema.safeParse({ ...plan, carrier: 'T Mobile' }),
      PlanSchema.safeParse({ ...plan, poolGB: null }),
      PlanSchema.safeParse({ ...plan, cycleLengthDays: 30 }),
      PlanSchema.safeParse({ ...plan, cycleStartDay: null }),
      DeviceInputSchema.safeParse({ ...device, lineId: 'l1', hotspotFrom: ['l2'] }),
      DeviceInputSchema.safeParse({ ...device, hotspotFrom: ['l2', 'l2'] }),
      PlanSchema.safeParse({ ...plan, tiers: [tier('Plus'), tier('Plus')] }),
    ];
    applyLocale('zh-CN');
    for (const result of failures) {
      const messages = result.error?.issues.map((i) => fieldMessage(i.message)) ?? [];
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('describes a backend validation error by field, in Chinese', () => {
    applyLocale('zh-CN');
    const error = new ApiError('VALIDATION', 'Invalid input', [{ path: 'plan.poolGB', message: 'poolNeedsSize' }]);
    expect(describeApiError(error)).toEqual({
      title: '有些内容填写得不对，所以没有保存。',
      details: ['流量池大小：共享流量池套餐需要填写流量池大小。'],
    });
  });

  it('says the bounds on input in English and Chinese: NUL, broken text, date range, unknown field, reserved id, limits', () => {
    const worded = [
      ...issuesOf(NameSchema.safeParse('a\u0000b').error!),
      ...issuesOf(NameSchema.safeParse('\ud800').error!),
      ...issuesOf(IsoDateSchema.safeParse('2200-01-01').error!),
      ...issuesOf(DeviceInputSchema.safeParse({ monthlyGb: 1 }).error!).filter((i) => i.path === 'monthlyGb'),
      ...issuesOf(CatalogKeySchema.safeParse('constructor').error!),
      ...Object.values(LIMIT_MESSAGES).map((message) => ({ path: 'line', message })),
      { path: 'carrier', message: CATALOG_LIMIT_MESSAGE },
    ].map((i) => i.message);
    expect(worded).toHaveLength(10);
    applyLocale('en');
    const en = worded.map((m) => fieldMessage(m));
    expect(en).toEqual([
      'Must not contain the NUL character (\\u0000).',
      'Contains a broken character (half of an emoji or other symbol); type it again.',
      'Use a date in the years 2000 to 2199.',
      'This field is not known to Datapool; check its spelling or remove it.',
      'This name is reserved; choose another id.',
      'A household holds at most 100 lines.',
      'A household holds at most 500 devices.',
      'A household holds at most 200,000 readings.',
      'A household holds at most 20,000 past cycles.',
      'The catalog holds at most 1 MB of your edits; reset a carrier you no longer need changed.',
    ]);
    applyLocale('zh-CN');
    for (const m of worded) {
      expect(fieldMessage(m)).toMatch(/[\u4e00-\u9fff]/);
      // A scenario file's problems go through the same table.
      expect(scenarioIssueText({ path: 'x', message: m })).toBe(fieldMessage(m));
    }
    expect(fieldMessage(LIMIT_MESSAGES.lines)).toBe('一个家庭最多 100 个号码。');
    applyLocale('en');
  });

  it('shows a plan schema error from the backend in Chinese when the UI is Chinese, and follows a language switch', () => {
    const parsed = PlanSchema.safeParse({ ...POOL_PLAN_INPUT, poolGB: null });
    const error = validationError(parsed.error!);
    // The backend's own message is English, for logs; the field detail carries the key.
    expect(error.message).toBe('Invalid input: poolGB: A pool plan needs its pool size.');
    expect(error.details).toEqual([{ path: 'poolGB', message: 'poolNeedsSize' }]);
    applyLocale('zh-CN');
    expect(describeApiError(error).details).toEqual(['流量池大小：共享流量池套餐需要填写流量池大小。']);
    applyLocale('en');
    expect(describeApiError(error).details).toEqual(['Pool size: A pool plan needs its pool size.']);
  });

  it("words a scenario file's problem with the value it names, in Chinese", () => {
    const parsed = ScenarioSchema.safeParse({
      format: 'datapool-scenario',
      version: 1,
      asOf: '2026-11-24',
      lines: [{ id: 'mom' }],
      readings: [{ line: 'dad', date: '2026-11-20', usedGB: 1 }],
    });
    const [issue] = issuesOf(parsed.error!);
    expect(issue).toEqual({ path: 'readings[0].line', message: 'unknownLine', values: { id: 'dad' } });
    applyLocale('zh-CN');
    expect(scenarioIssueText(issue!)).toBe('没有 id 为“dad”的号码。');
    applyLocale('en');
    expect(scenarioIssueText(issue!)).toBe('No line has the id “dad”.');
  });
});
