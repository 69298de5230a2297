import { describe, expect, test } from 'vitest';
import { alertText } from '@shared/alerts/text';
import type { Alert } from '@shared/alerts/schema';

const poolRunsOut: Pick<Alert, 'rule' | 'values'> = {
  rule: 'pool-runs-out',
  values: { exhaustsOn: '2026-11-27', days: 3, poolGB: 30, forecastGB: 38 },
};

describe('an alert in words', () => {
  test('the pool running out says when, the pool size with its unit, and what happens then', () => {
    expect(alertText(poolRunsOut, 'en')).toEqual({
      title: 'The shared pool may run out in 3 days',
      body: 'At the current pace the 30 GB pool is used up on Nov 27, 2026; after that every line’s data stops or slows to a crawl until the bill resets. Use Wi-Fi where you can.',
    });
    expect(alertText(poolRunsOut, 'zh-CN').title).toBe('共享流量池预计 2026年11月27日 用完');
    expect(alertText({ ...poolRunsOut, values: { ...poolRunsOut.values, days: 1 } }, 'en').title).toBe(
      'The shared pool may run out tomorrow',
    );
  });

  test('a cap and a plan’s data are both limits where data stops; priority data only slows when busy', () => {
    const cap = alertText(
      { rule: 'limit-threshold', values: { percent: 90, usedGB: 4.5, limitGB: 5, basis: 'cap', line: 'Kid' } },
      'en',
    );
    expect(cap.title).toBe('Kid: 90% of its data limit used');
    expect(cap.body).toContain('4.5 GB of its 5 GB cap');
    expect(cap.body).toContain('stops or slows to a crawl');
    const priority = alertText(
      { rule: 'priority-passed', values: { usedGB: 52, premiumGB: 50, reachedOn: null } },
      'zh-CN',
      '妈妈',
    );
    expect(priority.title).toBe('妈妈 的优先流量已用完');
    expect(priority.body).toContain('网络繁忙时可能会被降速');
    expect(priority.body).toContain('50 GB');
  });

  test('the name of a line that is gone comes from the alert itself', () => {
    const text = alertText({ rule: 'priority-passed', values: { usedGB: 1, premiumGB: 1, line: 'Old phone' } }, 'en');
    expect(text.title).toBe('Old phone has used its priority data');
  });
});
