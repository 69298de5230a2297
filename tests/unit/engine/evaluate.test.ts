import { describe, expect, test } from 'vitest';
import {
  EvaluationSchema,
  SEVERITY_OF,
  type PlanWarning,
  type WarningCode,
  evaluate,
  everythingFits,
  orderWarnings,
  roundForOutput,
} from '@shared/engine';
import { scenario } from './scenarios';

const codes = (s: ReturnType<typeof evaluate>) => s.warnings.map((w) => w.code);

describe('evaluating a household', () => {
  test('needs the current plan, and says which field is missing', () => {
    const s = scenario({ plan: undefined, plans: [{ name: 'X', carrier: 'x', kind: 'pool', poolGB: 5 }] });
    expect(() => evaluate(s)).toThrow(/`plan`/);
  });

  test('keeps the lines in the order of the scenario and matches the output schema', () => {
    const s = scenario({
      lines: [{ id: 'zed' }, { id: 'amy' }, { id: 'bob' }],
      devices: [{ id: 'p', line: 'amy', monthlyGB: 3 }],
    });
    const result = evaluate(s);
    expect(result.lines.map((l) => l.id)).toEqual(['zed', 'amy', 'bob']);
    expect(EvaluationSchema.safeParse(result).success).toBe(true);
  });

  test('works for a household with no lines or devices', () => {
    const result = evaluate(
      scenario({ plan: { name: 'P', carrier: 'x', kind: 'pool', poolGB: 30, pricePerLine: [20] } }),
    );
    expect(result.lines).toEqual([]);
    expect(result.pool).toMatchObject({ sizeGB: 30, demandGB: 0, allocatedGB: 0, usedGB: null });
    expect(result.warnings).toEqual([]);
  });

  test("uses a line's own terms before its tier's, and its tier's before the plan's", () => {
    const s = scenario({
      plan: {
        name: 'Tiered',
        carrier: 'x',
        kind: 'per-line',
        dataGB: 1,
        tiers: [{ name: 'Big', dataGB: 40 }],
      },
      lines: [{ id: 'own', tier: 'Big', dataGB: 7 }, { id: 'tier', tier: 'Big' }, { id: 'plan' }],
      devices: ['own', 'tier', 'plan'].map((line) => ({ id: `${line}-phone`, line, monthlyGB: 20 })),
    });
    expect(evaluate(s).lines.map((l) => l.budgetGB)).toEqual([7, 20, 1]);
  });

  test('on a per-line plan takes the smaller of cap and data as the hard limit; priority data is no limit', () => {
    const s = scenario({
      asOf: '2026-11-20',
      plan: { name: 'PL', carrier: 'x', kind: 'per-line', cycleStartDay: 5, premiumGB: 0 },
      lines: [{ id: 'a', capGB: 8, dataGB: 12 }],
      devices: [{ id: 'p', line: 'a', monthlyGB: 20 }],
      readings: [{ line: 'a', date: '2026-11-20', usedGB: 16 }],
    });
    const [line] = evaluate(s).lines;
    // Cap 8 < data 12, so the cap is the hard limit: already reached on the reading date. Premium 0 is no bound.
    expect(line).toMatchObject({ limitGB: 8, limitBasis: 'cap', premiumGB: 0, shareGB: null });
    expect(line!.exhaustsOn).toBe('2026-11-20');
    expect(line!.premiumReachedOn).toBeNull();
    expect(line!.budgetGB).toBe(8);
    expect(line!.dailyBudgetGB).toBe(0);
    expect(line!.dailyBudgetBasis).toBe('cap');
  });

  test('passing priority data is only information: the line still works, so nothing "runs out"', () => {
    // Unlimited tier with 50 GB of priority data: 40 GB used on day 27 of 30 (11-05 … 12-04, asOf 12-01).
    // r = 40/27; reaches 50 after 6.75 days → 12-08, after the cycle end → no date; F = 40 + 3·40/27 = 44.44 < 50.
    const s = scenario({
      asOf: '2026-12-01',
      plan: { name: 'PL', carrier: 'x', kind: 'per-line', cycleStartDay: 5, premiumGB: 50 },
      lines: [{ id: 'mom' }],
      devices: [{ id: 'p', line: 'mom', monthlyGB: 16 }],
      readings: [{ line: 'mom', date: '2026-12-01', usedGB: 40 }],
    });
    const result = evaluate(s);
    expect(result.lines[0]).toMatchObject({ limitGB: null, exhaustsOn: null, premiumReachedOn: null });
    expect(result.lines[0]!.dailyBudgetGB).toBeCloseTo(10 / 3, 12);
    expect(result.lines[0]!.dailyBudgetBasis).toBe('premium');
    expect(codes(result)).toEqual([]);
  });

  test('has no forecast limit on a per-line plan without cap, data or premium limits', () => {
    const s = scenario({
      plan: { name: 'PL', carrier: 'x', kind: 'per-line', cycleStartDay: 5 },
      lines: [{ id: 'a' }],
      devices: [{ id: 'p', line: 'a', monthlyGB: 20 }],
      readings: [{ line: 'a', date: '2026-11-20', usedGB: 16 }],
    });
    const result = evaluate(s);
    expect(result.lines[0]).toMatchObject({
      usedGB: 16,
      exhaustsOn: null,
      dailyBudgetGB: null,
      dailyBudgetBasis: null,
    });
    expect(result.lines[0]!.forecastGB).toBeCloseTo(30, 12);
    expect(codes(result)).toEqual([]);
  });

  test("counts hotspot data toward the host line's pool demand", () => {
    const s = scenario({
      lines: [{ id: 'mom', hotspotGB: 15 }, { id: 'dad' }],
      devices: [
        { id: 'mom-phone', line: 'mom', monthlyGB: 12 },
        { id: 'ipad', line: null, hotspotFrom: ['mom'], monthlyGB: 6 },
      ],
    });
    const result = evaluate(s);
    expect(result.lines[0]).toMatchObject({ demandGB: 18, hotspotLoadGB: 6, budgetGB: 18 });
    expect(result.hotspot).toEqual([{ device: 'ipad', host: 'mom' }]);
  });

  test('gives pool lines that carry premium or hotspot terms the same overage figures', () => {
    const s = scenario({
      lines: [{ id: 'mom', premiumGB: 10, hotspotGB: 2 }],
      devices: [
        { id: 'mom-phone', line: 'mom', monthlyGB: 12 },
        { id: 'ipad', line: null, hotspotFrom: ['mom'], monthlyGB: 5 },
      ],
    });
    const result = evaluate(s);
    expect(result.lines[0]).toMatchObject({ premiumOverGB: 7, hotspotOverGB: 3 });
    expect(result.hotspotOverflowGB).toBe(3);
    // A warning (hotspot slowed past its allowance) before info (priority data passed).
    expect(codes(result)).toEqual(['HOTSPOT_EXCEEDED', 'PREMIUM_EXCEEDED']);
  });

  test('does not warn about eSIM when the plan does not say whether it supports it', () => {
    const s = scenario({
      lines: [{ id: 'kid' }],
      devices: [{ id: 'watch', line: 'kid', monthlyGB: 1, sim: 'esim' }],
    });
    expect(codes(evaluate(s))).toEqual([]);
  });

  test('names the line, the device or neither in every warning, with the numbers behind it', () => {
    const s = scenario({
      plan: { name: 'P', carrier: 'x', kind: 'pool', poolGB: 10, cycleStartDay: 5, esim: false },
      lines: [
        { id: 'mom', floorGB: 8, hotspotGB: 1 },
        { id: 'kid', floorGB: 8 },
      ],
      devices: [
        { id: 'mom-phone', line: 'mom', monthlyGB: 9, sim: 'esim' },
        { id: 'kid-phone', line: 'kid', monthlyGB: 9 },
        { id: 'laptop', line: null, hotspotFrom: ['kid'], monthlyGB: 2 },
      ],
      readings: [{ line: 'kid', date: '2026-11-20', usedGB: 9 }],
    });
    const result = roundForOutput(evaluate(s));
    // Floors 8 + 8 > 10 → shares 5 and 5. Kid: r = 9/16, F = 9 + 0.5625·14 = 16.88; the pool (only kid has a
    // reading) reaches 10 on 11-22 (9 + 2·0.5625 ≥ 10); kid passed its 5 GB share on its reading date 11-20.
    // Order: critical, then warning (plan-level before line), then info.
    expect(result.warnings.map(({ code, severity, line, device }) => ({ code, severity, line, device }))).toEqual([
      { code: 'FORECAST_OVER_POOL', severity: 'critical', line: null, device: null },
      { code: 'POOL_OVERSUBSCRIBED', severity: 'warning', line: null, device: null },
      { code: 'FLOORS_EXCEED_POOL', severity: 'warning', line: null, device: null },
      { code: 'ESIM_UNSUPPORTED', severity: 'warning', line: 'mom', device: null },
      { code: 'FORECAST_OVER_SHARE', severity: 'info', line: 'kid', device: null },
    ]);
    expect(result.warnings[0]!.values).toEqual({ forecastGB: 16.88, poolGB: 10, exhaustsOn: '2026-11-22' });
    expect(result.warnings[1]!.values).toEqual({ demandGB: 20, poolGB: 10, shortGB: 10 });
    expect(result.warnings[4]!.values).toEqual({ forecastGB: 16.88, shareGB: 5, exceededOn: '2026-11-20' });
    for (const w of result.warnings) expect(w.message).toMatch(/\S/);
  });

  test('reports a tethering device with no allowed host and leaves its data uncounted', () => {
    const s = scenario({
      plan: { name: 'P', carrier: 'x', kind: 'per-line', cycleStartDay: 5, hotspotGB: 0 },
      lines: [{ id: 'mom' }],
      devices: [{ id: 'laptop', name: 'Work laptop', line: null, hotspotFrom: ['mom'], monthlyGB: 4 }],
    });
    const result = evaluate(s);
    expect(result.hotspot).toEqual([{ device: 'laptop', host: null }]);
    expect(result.lines[0]!.demandGB).toBe(0);
    expect(result.warnings).toMatchObject([{ code: 'NO_HOTSPOT_HOST', line: null, device: 'laptop' }]);
    expect(result.warnings[0]!.message).toContain('Work laptop');
  });

  test("prices a tiered plan by each line's tier, and falls back to the plan price when a line has none", () => {
    const plan = {
      name: 'T',
      carrier: 'x',
      kind: 'per-line' as const,
      pricePerLine: [50, 45],
      tiers: [
        { name: 'S', pricePerLine: [30, 25] },
        { name: 'L', pricePerLine: [60, 55] },
      ],
    };
    const both = scenario({
      plan,
      lines: [
        { id: 'a', tier: 'S' },
        { id: 'b', tier: 'L' },
      ],
    });
    expect(evaluate(both).cost).toEqual({ monthly: 80, lines: 2 });
    const oneMissing = scenario({ plan, lines: [{ id: 'a', tier: 'S' }, { id: 'b' }] });
    expect(evaluate(oneMissing).cost).toEqual({ monthly: 90, lines: 2 });
    const unpriced = scenario({ plan: { ...plan, pricePerLine: [] }, lines: [{ id: 'a', tier: 'S' }, { id: 'b' }] });
    expect(evaluate(unpriced).cost).toBeNull();
  });

  test('prices an account with more lines than price steps at the last step', () => {
    const s = scenario({
      plan: { name: 'P', carrier: 'x', kind: 'pool', poolGB: 30, pricePerLine: [60, 50, 40, 35] },
      lines: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
    });
    expect(evaluate(s).cost).toEqual({ monthly: 210, lines: 6 });
  });
});

describe('"Everything fits"', () => {
  const base = evaluate(
    scenario({
      lines: [{ id: 'mom' }],
      devices: [{ id: 'p', line: 'mom', monthlyGB: 5 }],
    }),
  );
  const warning = (severity: 'critical' | 'warning' | 'info'): PlanWarning => ({
    code: 'PREMIUM_EXCEEDED',
    severity,
    line: 'mom',
    device: null,
    values: {},
    message: 'x',
  });

  test('may be said with no warnings, or with information only', () => {
    expect(everythingFits(base)).toBe(true);
    expect(everythingFits({ ...base, warnings: [warning('info')] })).toBe(true);
  });

  test('may not be said beside a critical or warning one, or a line that is short', () => {
    expect(everythingFits({ ...base, warnings: [warning('warning')] })).toBe(false);
    expect(everythingFits({ ...base, warnings: [warning('critical')] })).toBe(false);
    expect(everythingFits({ ...base, lines: [{ ...base.lines[0]!, unmetGB: 3 }] })).toBe(false);
  });
});

describe('the order of warnings', () => {
  const w = (code: WarningCode, line: string | null, device: string | null, date?: string): PlanWarning => ({
    code,
    severity: SEVERITY_OF[code],
    line,
    device,
    values: date === undefined ? {} : { exhaustsOn: date },
    message: code,
  });

  test('is severity, then date (soonest first, dateless last), then plan, line, device, then the table', () => {
    const ordered = orderWarnings(
      [
        w('PREMIUM_EXCEEDED', 'b', null),
        w('NO_HOTSPOT_HOST', null, 'tablet'),
        w('FORECAST_OVER_LIMIT', 'b', null, '2026-12-01'),
        w('HOTSPOT_EXCEEDED', 'a', null),
        w('DEMAND_OVER_LIMIT', 'a', null),
        w('POOL_OVERSUBSCRIBED', null, null),
        w('FORECAST_OVER_POOL', null, null, '2026-12-04'),
        w('FORECAST_OVER_LIMIT', 'a', null, '2026-12-04'),
      ],
      ['a', 'b'],
      ['tablet'],
    );
    expect(ordered.map((x) => `${x.code}:${x.line ?? x.device ?? '-'}`)).toEqual([
      'FORECAST_OVER_LIMIT:b',
      'FORECAST_OVER_POOL:-',
      'FORECAST_OVER_LIMIT:a',
      'NO_HOTSPOT_HOST:tablet',
      'POOL_OVERSUBSCRIBED:-',
      'DEMAND_OVER_LIMIT:a',
      'HOTSPOT_EXCEEDED:a',
      'PREMIUM_EXCEEDED:b',
    ]);
  });
});
