import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '@electron/services';
import { evaluate } from '@shared/engine';
import { scenarioOfHousehold } from '@shared/scenario/household';
import { smithFamily, tempStore, type SmithFamily, type TempStore } from './fixtures';

let store: TempStore;
let services: Services;
let f: SmithFamily;
beforeEach(() => {
  store = tempStore();
  services = store.services(store.open());
  f = smithFamily(services);
});
afterEach(() => store.cleanup());

/** Daily readings and one history total per cycle for every line, from `first` to `last`. */
function addYears(first: string, last: string) {
  const lines = [f.momLine, f.dadLine, f.kidLine];
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    const day = d.getUTCDate();
    lines.forEach((line, i) => {
      // A running total within each cycle (cycles start on the 5th).
      const dayOfCycle = day >= 5 ? day - 4 : day + 26;
      services.readings.add(f.householdId, { lineId: line.id, date: iso, usedGB: dayOfCycle * (0.2 + i * 0.1) });
      if (day === 5) services.history.add(f.householdId, { lineId: line.id, cycleStart: iso, usedGB: 9 + i });
    });
  }
}

describe('evaluate reads only what the engine needs', () => {
  it('gives the same answer from the current cycle and the last three past cycles as from everything stored', () => {
    addYears('2025-06-01', '2026-11-23');
    const asOf = '2026-11-24';
    const everything = services.households.complete(f.householdId);
    const fromEverything = evaluate(scenarioOfHousehold(everything, asOf, { ids: 'database' }).scenario);

    expect(services.plan.evaluate(f.householdId, asOf)).toEqual(fromEverything);

    const window = services.households.forEngine(f.householdId, asOf);
    expect(window.readings.every((r) => r.date >= '2026-11-05' && r.date <= asOf)).toBe(true);
    expect(window.readings.length).toBeLessThan(everything.readings.length / 10);
    // Three past cycles per line at most; the Smiths' own October total shares a cycle with one added here.
    expect(window.history).toHaveLength(10);
    expect(new Set(window.history.map((h) => h.cycleStart))).toEqual(
      new Set(['2026-08-05', '2026-09-05', '2026-10-05']),
    );
  });
});
