import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ComparisonSchema, EvaluationSchema, evaluate, formatDate, parseDate } from '@shared/engine';
import { compare } from '../../support/compareInWords';
import { type ScenarioFile, ScenarioSchema } from '@shared/scenario/schema';
import { fcParams } from './fcParams';

const gb = fc.integer({ min: 0, max: 4000 }).map((x) => x / 100);
const optionalGB = fc.option(gb, { nil: null, freq: 2 });
const day = fc.integer({ min: parseDate('2025-01-01'), max: parseDate('2027-12-31') });

const household: fc.Arbitrary<ScenarioFile> = fc
  .record({
    lineCount: fc.integer({ min: 1, max: 6 }),
    kind: fc.constantFrom('pool' as const, 'per-line' as const),
    poolGB: gb,
    cycle: fc.oneof(
      fc.record({ cycleStartDay: fc.integer({ min: 1, max: 31 }) }),
      fc.record({ cycleLengthDays: fc.integer({ min: 1, max: 60 }), cycleAnchor: day.map(formatDate) }),
    ),
    esim: fc.constantFrom(true, false, null),
    asOf: day,
    lines: fc.array(
      fc.record({
        capGB: optionalGB,
        floorGB: gb,
        weight: fc.integer({ min: 1, max: 5 }),
        dataGB: optionalGB,
        premiumGB: optionalGB,
        hotspotGB: optionalGB,
      }),
      { minLength: 6, maxLength: 6 },
    ),
    devices: fc.array(
      fc.record({
        line: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        hosts: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
        monthlyGB: gb,
        sim: fc.constantFrom('esim' as const, 'physical' as const, 'none' as const),
      }),
      { maxLength: 14 },
    ),
    readings: fc.array(
      fc.record({ line: fc.integer({ min: 0, max: 5 }), offset: fc.integer({ min: -40, max: 5 }), usedGB: gb }),
      {
        maxLength: 12,
      },
    ),
    history: fc.array(
      fc.record({ line: fc.integer({ min: 0, max: 5 }), offset: fc.integer({ min: -200, max: 0 }), usedGB: gb }),
      {
        maxLength: 8,
      },
    ),
  })
  .map((h) => {
    const id = (i: number) => `l${i % h.lineCount}`;
    return {
      format: 'datapool-scenario' as const,
      version: 1 as const,
      asOf: formatDate(h.asOf),
      plan: {
        name: 'P',
        carrier: 'x',
        kind: h.kind,
        poolGB: h.poolGB,
        esim: h.esim,
        pricePerLine: [30, 25],
        ...h.cycle,
      },
      lines: h.lines.slice(0, h.lineCount).map((l, i) => ({ id: `l${i}`, ...l })),
      devices: h.devices.map((d, i) => ({
        id: `d${i}`,
        line: d.line === null ? null : id(d.line),
        hotspotFrom: d.line === null ? [...new Set(d.hosts.map(id))] : [],
        monthlyGB: d.monthlyGB,
        sim: d.sim,
      })),
      readings: h.readings.map((r) => ({ line: id(r.line), date: formatDate(h.asOf + r.offset), usedGB: r.usedGB })),
      history: h.history.map((r) => ({
        line: id(r.line),
        cycleStart: formatDate(h.asOf + r.offset),
        usedGB: r.usedGB,
      })),
      plans: [
        { name: 'Pool', carrier: 'y', kind: 'pool' as const, poolGB: 50, pricePerLine: [20], esim: true },
        {
          name: 'Tiers',
          carrier: 'z',
          kind: 'per-line' as const,
          tiers: [
            { name: 'S', dataGB: 10, pricePerLine: [15] },
            { name: 'L', pricePerLine: [40] },
          ],
        },
      ],
    };
  });

describe('evaluating any household', () => {
  test('produces a well-formed result whose budgets respect demand, caps and the pool', () => {
    fc.assert(
      fc.property(household, (file) => {
        const scenario = ScenarioSchema.parse(file);
        const result = evaluate(scenario);
        expect(EvaluationSchema.safeParse(result).success).toBe(true);
        expect(result.lines.map((l) => l.id)).toEqual(scenario.lines.map((l) => l.id));
        const totalBudget = result.lines.reduce((s, l) => s + l.budgetGB, 0);
        result.lines.forEach((l, i) => {
          const line = scenario.lines[i]!;
          expect(l.budgetGB).toBeLessThanOrEqual(l.demandGB + 1e-9);
          if (line.capGB !== null) expect(l.budgetGB).toBeLessThanOrEqual(line.capGB + 1e-9);
          expect(l.unmetGB).toBeGreaterThanOrEqual(0);
          for (const value of [l.forecastGB, l.dailyBudgetGB])
            if (value !== null) expect(Number.isFinite(value)).toBe(true);
          if (l.exhaustsOn !== null) {
            expect(l.exhaustsOn >= result.cycle.start && l.exhaustsOn <= result.cycle.end).toBe(true);
          }
        });
        if (result.pool) expect(totalBudget).toBeLessThanOrEqual(result.pool.sizeGB + 1e-7);
        expect(result.cycle.start <= scenario.asOf && scenario.asOf <= result.cycle.end).toBe(true);
        expect(ComparisonSchema.safeParse(compare(scenario)).success).toBe(true);
      }),
      fcParams(300),
    );
  });
});
