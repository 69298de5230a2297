/**
 * What-if recompute in the renderer (target: within one frame, 16 ms, for a
 * 10-line household): the household as the store holds it, with 3 years of
 * daily readings and monthly history, evaluated through the shared mapping
 * exactly as the what-if page does on every change. Also the household's
 * running totals for the burn-down chart.
 * Run: npx vitest bench --run --project "unit (bench)" tests/bench/planner.bench.ts
 */
import { describe, test } from 'vitest';
import { NEW_LINE } from '@shared/domain/defaults';
import type { Device, HistoryEntry, Line, Plan, Reading } from '@shared/domain/schemas';
import { addDays, formatDate, parseDate } from '@shared/engine';
import { evaluateHousehold } from '@shared/planner/evaluate';
import { householdTotals } from '@shared/planner/status';
import type { HouseholdModel } from '@shared/scenario/household';
import { SMITH_PLAN } from '../support/families';

const AS_OF = '2026-11-24';

function household(lineCount: number, days: number): HouseholdModel {
  const plan: Plan = { ...SMITH_PLAN, name: 'Pool 100', poolGB: 100 };
  const lines: Line[] = Array.from({ length: lineCount }, (_, i) => ({
    ...NEW_LINE,
    id: `line-${i}`,
    name: `Line ${i + 1}`,
    capGB: i % 3 === 0 ? 8 : null,
    floorGB: i % 4 === 0 ? 1 : 0,
    weight: 1 + (i % 3) * 0.5,
    hotspotGB: 10,
  }));
  const devices: Device[] = lines.flatMap((l, i) => [
    {
      id: `phone-${i}`,
      name: `Phone ${i}`,
      kind: 'phone',
      ownerId: null,
      sim: 'esim',
      lineId: l.id,
      monthlyGB: 4 + (i % 5),
      hotspotFrom: [],
    },
    {
      id: `tablet-${i}`,
      name: `Tablet ${i}`,
      kind: 'tablet',
      ownerId: null,
      sim: 'none',
      lineId: null,
      monthlyGB: 1 + (i % 3),
      hotspotFrom: [l.id, lines[(i + 1) % lines.length]!.id],
    },
  ]);
  const readings: Reading[] = [];
  const history: HistoryEntry[] = [];
  const end = parseDate(AS_OF);
  for (let d = end - days; d <= end; d++) {
    const iso = formatDate(d);
    const dayOfMonth = Number(iso.slice(8, 10));
    const dayOfCycle = dayOfMonth >= 5 ? dayOfMonth - 4 : dayOfMonth + 26;
    lines.forEach((l, i) => {
      readings.push({ id: `r-${l.id}-${d}`, lineId: l.id, date: iso, usedGB: dayOfCycle * (0.1 + i * 0.02) });
      if (dayOfMonth === 5) history.push({ id: `h-${l.id}-${d}`, lineId: l.id, cycleStart: iso, usedGB: 6 + i });
    });
  }
  return { household: { name: 'Bench family' }, plan, lines, devices, readings, history };
}

const ten = household(10, 3 * 365);
const fifty = household(50, 3 * 365);
const cycleStart = formatDate(addDays(parseDate(AS_OF), -19));

describe('planner', () => {
  test('what-if recompute: 10 lines, 20 devices, 3 years of daily readings (target < 16 ms)', async ({ bench }) => {
    let cap = 1;
    await bench('evaluateHousehold 10 lines', () => {
      // Each run is a new draft, as after a keystroke: a changed cap on one line.
      cap = cap === 1 ? 2 : 1;
      evaluateHousehold({ ...ten, lines: ten.lines.map((l, i) => (i === 2 ? { ...l, capGB: cap } : l)) }, AS_OF);
    }).run();
  });

  test('what-if recompute: 50 lines, 100 devices, 3 years of daily readings', async ({ bench }) => {
    await bench('evaluateHousehold 50 lines', () => {
      evaluateHousehold(fifty, AS_OF);
    }).run();
  });

  test('burn-down totals of the current cycle: 50 lines, 3 years of readings', async ({ bench }) => {
    await bench('householdTotals 50 lines', () => {
      householdTotals(fifty.readings, { start: cycleStart }, AS_OF);
    }).run();
  });
});
