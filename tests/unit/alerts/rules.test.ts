import { describe, expect, test } from 'vitest';
import { evaluateAlerts, highestThresholdPassed, type AlertEvaluation } from '@shared/alerts/rules';
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from '@shared/alerts/schema';

type LineIn = AlertEvaluation['lines'][number];

const CYCLE = { start: '2026-11-05', end: '2026-12-04' };
const ASOF = '2026-11-24';

function line(overrides: Partial<LineIn> & { id: string }): LineIn {
  return {
    usedGB: null,
    forecastGB: null,
    limitGB: null,
    limitBasis: null,
    premiumGB: null,
    exhaustsOn: null,
    premiumReachedOn: null,
    ...overrides,
  };
}

/** A 30 GB pool of the Smiths; no line bounds unless a test adds them. */
function poolHousehold(pool: Partial<NonNullable<AlertEvaluation['pool']>>, lines: LineIn[] = []): AlertEvaluation {
  return {
    cycle: CYCLE,
    lines,
    pool: { sizeGB: 30, usedGB: null, forecastGB: null, exhaustsOn: null, ...pool },
  };
}

function alertsOf(
  evaluation: AlertEvaluation,
  options: { readingDates?: string[]; settings?: AlertSettings; asOf?: string } = {},
) {
  return evaluateAlerts({
    evaluation,
    asOf: options.asOf ?? ASOF,
    readingDates: options.readingDates ?? [ASOF],
    settings: options.settings ?? DEFAULT_ALERT_SETTINGS,
  });
}

describe('usage passing a share of the pool', () => {
  test('nothing below 75 %', () => {
    expect(alertsOf(poolHousehold({ usedGB: 22.49 }))).toEqual([]);
  });

  test.each([
    [22.5, 75, 'warning'],
    [27, 90, 'warning'],
    [30, 100, 'critical'],
    [31.2, 100, 'critical'],
  ])('%s GB of 30 GB alerts at %s %% as %s, once per cycle by its key', (usedGB, percent, severity) => {
    const [alert, ...rest] = alertsOf(poolHousehold({ usedGB }));
    expect(rest).toEqual([]);
    expect(alert).toEqual({
      key: `pool-threshold:pool:2026-11-05:${percent}`,
      rule: 'pool-threshold',
      severity,
      lineId: null,
      values: { percent, usedGB, poolGB: 30 },
    });
  });

  test('only the highest threshold passed alerts when usage jumps past several', () => {
    expect(highestThresholdPassed(28, 30, [75, 90, 100])).toBe(90);
    expect(alertsOf(poolHousehold({ usedGB: 28 })).map((a) => a.values.percent)).toEqual([90]);
  });

  test('the thresholds are the household’s own', () => {
    const settings = { ...DEFAULT_ALERT_SETTINGS, thresholdsPercent: [50] };
    expect(alertsOf(poolHousehold({ usedGB: 15 }), { settings }).map((a) => a.key)).toEqual([
      'pool-threshold:pool:2026-11-05:50',
    ]);
    expect(alertsOf(poolHousehold({ usedGB: 29 }), { settings }).map((a) => a.key)).toEqual([
      'pool-threshold:pool:2026-11-05:50',
    ]);
  });

  test('the same usage next cycle has a different key, so it alerts again then', () => {
    const next = { ...poolHousehold({ usedGB: 27 }), cycle: { start: '2026-12-05', end: '2027-01-04' } };
    expect(alertsOf(next, { asOf: '2026-12-20', readingDates: ['2026-12-20'] })[0]?.key).toBe(
      'pool-threshold:pool:2026-12-05:90',
    );
  });
});

describe('usage passing a share of a line’s hard limit', () => {
  test('a capped line at 90 % of its cap alerts as a warning naming the line and the cap', () => {
    const alerts = alertsOf(
      poolHousehold({ usedGB: 10 }, [line({ id: 'kid', usedGB: 4.5, limitGB: 5, limitBasis: 'cap' })]),
    );
    expect(alerts).toEqual([
      {
        key: 'limit-threshold:kid:2026-11-05:90',
        rule: 'limit-threshold',
        severity: 'warning',
        lineId: 'kid',
        values: { percent: 90, usedGB: 4.5, limitGB: 5, basis: 'cap' },
      },
    ]);
  });

  test('a per-line plan’s data allowance reached is critical', () => {
    const evaluation: AlertEvaluation = {
      cycle: CYCLE,
      pool: null,
      lines: [line({ id: 'dad', usedGB: 15, limitGB: 15, limitBasis: 'data' })],
    };
    expect(alertsOf(evaluation).map((a) => [a.key, a.severity])).toEqual([
      ['limit-threshold:dad:2026-11-05:100', 'critical'],
    ]);
  });

  test('a line without a reading or without a hard limit gives no threshold alert', () => {
    const evaluation = poolHousehold({}, [
      line({ id: 'mom', usedGB: null, limitGB: 5, limitBasis: 'cap' }),
      line({ id: 'dad', usedGB: 40 }),
    ]);
    expect(alertsOf(evaluation)).toEqual([]);
  });

  test('a cap of 0 blocks the line on purpose and is not alerted as "100 % used"', () => {
    expect(alertsOf(poolHousehold({}, [line({ id: 'kid', usedGB: 0, limitGB: 0, limitBasis: 'cap' })]))).toEqual([]);
  });
});

describe('a forecast that runs out soon', () => {
  test('the pool running out in 3 days is critical with the date and days left', () => {
    const alerts = alertsOf(poolHousehold({ usedGB: 20, forecastGB: 38, exhaustsOn: '2026-11-27' }));
    expect(alerts).toEqual([
      {
        key: 'pool-runs-out:pool:2026-11-05:forecast',
        rule: 'pool-runs-out',
        severity: 'critical',
        lineId: null,
        values: { exhaustsOn: '2026-11-27', days: 3, poolGB: 30, forecastGB: 38 },
      },
    ]);
  });

  test('4 days ahead is not within the default 3 days, but is within a setting of 5', () => {
    const evaluation = poolHousehold({ usedGB: 20, forecastGB: 33, exhaustsOn: '2026-11-28' });
    expect(alertsOf(evaluation)).toEqual([]);
    const settings = { ...DEFAULT_ALERT_SETTINGS, runOutDays: 5 };
    expect(alertsOf(evaluation, { settings }).map((a) => a.values.days)).toEqual([4]);
  });

  test('a pool already used up says so once (100 %), not also "runs out in 0 days"', () => {
    const alerts = alertsOf(poolHousehold({ usedGB: 30, forecastGB: 36, exhaustsOn: '2026-11-24' }));
    expect(alerts.map((a) => a.rule)).toEqual(['pool-threshold']);
  });

  test('a line whose hard limit runs out within the days alerts, with the kind of limit', () => {
    const alerts = alertsOf(
      poolHousehold({ usedGB: 10 }, [
        line({ id: 'kid', usedGB: 3, forecastGB: 6.2, limitGB: 5, limitBasis: 'cap', exhaustsOn: '2026-11-26' }),
      ]),
    );
    expect(alerts).toEqual([
      {
        key: 'limit-runs-out:kid:2026-11-05:forecast',
        rule: 'limit-runs-out',
        severity: 'critical',
        lineId: 'kid',
        values: { exhaustsOn: '2026-11-26', days: 2, limitGB: 5, basis: 'cap', forecastGB: 6.2 },
      },
    ]);
  });
});

describe('priority data passed', () => {
  test('usage past the priority threshold is info: the line still works, maybe slower when busy', () => {
    const alerts = alertsOf({
      cycle: CYCLE,
      pool: null,
      lines: [line({ id: 'mom', usedGB: 52, premiumGB: 50, premiumReachedOn: '2026-11-22' })],
    });
    expect(alerts).toEqual([
      {
        key: 'priority-passed:mom:2026-11-05:premium',
        rule: 'priority-passed',
        severity: 'info',
        lineId: 'mom',
        values: { usedGB: 52, premiumGB: 50, reachedOn: '2026-11-22' },
      },
    ]);
  });

  test('a forecast that reaches it later is not yet an alert; a threshold of 0 is no threshold', () => {
    const alerts = alertsOf({
      cycle: CYCLE,
      pool: null,
      lines: [
        line({ id: 'mom', usedGB: 40, premiumGB: 50, premiumReachedOn: '2026-11-30' }),
        line({ id: 'dad', usedGB: 3, premiumGB: 0, premiumReachedOn: '2026-11-05' }),
      ],
    });
    expect(alerts).toEqual([]);
  });
});

describe('the reminder to enter a reading', () => {
  const quiet = poolHousehold({ usedGB: 5 });

  test('a household whose newest reading is 5 days old is reminded, keyed by that reading', () => {
    expect(alertsOf(quiet, { readingDates: ['2026-11-10', '2026-11-19'] })).toEqual([
      {
        key: 'reading-reminder:household:2026-11-05:2026-11-19',
        rule: 'reading-reminder',
        severity: 'info',
        lineId: null,
        values: { latestReading: '2026-11-19', days: 5 },
      },
    ]);
  });

  test('4 days old is still fresh with the default; no readings at all is no reminder', () => {
    expect(alertsOf(quiet, { readingDates: ['2026-11-20'] })).toEqual([]);
    expect(alertsOf(poolHousehold({}), { readingDates: [] })).toEqual([]);
  });

  test('readings of an earlier cycle count: a family that stopped entering them is reminded', () => {
    const alerts = alertsOf(poolHousehold({}), { readingDates: ['2026-10-30'] });
    expect(alerts.map((a) => a.values)).toEqual([{ latestReading: '2026-10-30', days: 25 }]);
  });
});

describe('everything together', () => {
  test('the same evaluation always gives the same keys, so a second check finds nothing new', () => {
    const evaluation = poolHousehold({ usedGB: 27, forecastGB: 40, exhaustsOn: '2026-11-26' }, [
      line({ id: 'kid', usedGB: 5, limitGB: 5, limitBasis: 'cap' }),
      line({ id: 'mom', usedGB: 60, premiumGB: 50 }),
    ]);
    const first = alertsOf(evaluation, { readingDates: ['2026-11-18'] }).map((a) => a.key);
    expect(first).toEqual([
      'pool-threshold:pool:2026-11-05:90',
      'pool-runs-out:pool:2026-11-05:forecast',
      'limit-threshold:kid:2026-11-05:100',
      'priority-passed:mom:2026-11-05:premium',
      'reading-reminder:household:2026-11-05:2026-11-18',
    ]);
    expect(alertsOf(evaluation, { readingDates: ['2026-11-18'] }).map((a) => a.key)).toEqual(first);
  });
});
