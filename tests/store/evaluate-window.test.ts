import { describe, expect, it } from 'vitest';
import { evaluate } from '@shared/engine';
import { scenarioOfHousehold } from '@shared/scenario/household';
import { useTempStore } from '../support/store';

const env = useTempStore({ smiths: true });

/** Daily readings and one history total per cycle for every line, from `first` to `last`. */
function addYears(first: string, last: string) {
  const lines = [env.f.momLine, env.f.dadLine, env.f.kidLine];
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    const day = d.getUTCDate();
    lines.forEach((line, i) => {
      // A running total within each cycle (cycles start on the 5th).
      const dayOfCycle = day >= 5 ? day - 4 : day + 26;
      env.services.readings.add(env.f.householdId, {
        lineId: line.id,
        date: iso,
        usedGB: dayOfCycle * (0.2 + i * 0.1),
      });
      if (day === 5) env.services.history.add(env.f.householdId, { lineId: line.id, cycleStart: iso, usedGB: 9 + i });
    });
  }
}

describe('evaluate reads only what the engine needs', () => {
  it('gives the same answer from the current cycle and the last three past cycles as from everything stored', () => {
    addYears('2025-06-01', '2026-11-23');
    const asOf = '2026-11-24';
    const everything = env.services.households.complete(env.f.householdId);
    const fromEverything = evaluate(scenarioOfHousehold(everything, asOf, { ids: 'database' }).scenario);

    expect(env.services.plan.evaluate(env.f.householdId, asOf)).toEqual(fromEverything);

    const window = env.services.households.forEngine(env.f.householdId, asOf);
    expect(window.readings.every((r) => r.date >= '2026-11-05' && r.date <= asOf)).toBe(true);
    expect(window.readings.length).toBeLessThan(everything.readings.length / 10);
    // Three past cycles per line at most; the Smiths' own October total shares a cycle with one added here.
    expect(window.history).toHaveLength(10);
    expect(new Set(window.history.map((h) => h.cycleStart))).toEqual(
      new Set(['2026-08-05', '2026-09-05', '2026-10-05']),
    );
  });
});
