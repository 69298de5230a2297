import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type HotspotAllowances, type TetheringDevice, assignHotspot, assignHotspotGreedy } from '@shared/engine';
import { fcParams } from './fcParams';

const hostsOf = (result: ReturnType<typeof assignHotspot>) => result.assignments.map((a) => a.host);

describe('choosing a hotspot host', () => {
  test('sends a device where it overflows least', () => {
    const allowances: HotspotAllowances = new Map([
      ['mom', 15],
      ['dad', 5],
    ]);
    const result = assignHotspot(
      [
        { id: 'laptop', monthlyGB: 12, hosts: ['mom'] },
        { id: 'tablet', monthlyGB: 6, hosts: ['mom', 'dad'] },
      ],
      allowances,
    );
    // mom: 12 + 6 = 18 → 3 over; dad: 6 → 1 over.
    expect(hostsOf(result)).toEqual(['mom', 'dad']);
    expect(result.overflowGB).toBe(1);
    expect(result.method).toBe('exact');
  });

  test('beats greedy largest-first where greedy is not optimal', () => {
    // Greedy: 6 → a, 4 → b, 4 → b, 3 → a (9), last 3 overflows by 1. Exact packs 6+4 and 4+3+3.
    const allowances: HotspotAllowances = new Map([
      ['a', 10],
      ['b', 10],
    ]);
    const devices: TetheringDevice[] = [6, 4, 4, 3, 3].map((monthlyGB, i) => ({
      id: `d${i}`,
      monthlyGB,
      hosts: ['a', 'b'],
    }));
    expect(assignHotspotGreedy(devices, allowances).overflowGB).toBe(1);
    const result = assignHotspot(devices, allowances);
    expect(result.overflowGB).toBe(0);
    expect(hostsOf(result)).toEqual(['a', 'a', 'b', 'b', 'b']);
  });

  test('among equal overflow, prefers the lowest maximum load/allowance ratio', () => {
    const allowances: HotspotAllowances = new Map([
      ['mom', 10],
      ['dad', 20],
    ]);
    // Both fit either way; mom would be at 0.8, dad at 0.4.
    const result = assignHotspot([{ id: 'tablet', monthlyGB: 8, hosts: ['mom', 'dad'] }], allowances);
    expect(hostsOf(result)).toEqual(['dad']);
    expect(result.maxRatio).toBeCloseTo(0.4, 12);
  });

  test('treats an unlimited host as ratio 0', () => {
    const allowances: HotspotAllowances = new Map<string, number | null>([
      ['mom', 50],
      ['dad', null],
    ]);
    expect(hostsOf(assignHotspot([{ id: 'tablet', monthlyGB: 1, hosts: ['mom', 'dad'] }], allowances))).toEqual([
      'dad',
    ]);
  });

  test('when everything else ties, gives larger devices their preferred host first', () => {
    const allowances: HotspotAllowances = new Map([
      ['mom', 10],
      ['dad', 10],
    ]);
    // Splitting them ties at ratio 0.6 either way; the 6 GB laptop gets its first choice.
    const result = assignHotspot(
      [
        { id: 'tablet', monthlyGB: 4, hosts: ['mom', 'dad'] },
        { id: 'laptop', monthlyGB: 6, hosts: ['mom', 'dad'] },
      ],
      allowances,
    );
    expect(hostsOf(result)).toEqual(['dad', 'mom']);
  });

  test("otherwise follows each device's listed order of preference", () => {
    const allowances: HotspotAllowances = new Map<string, number | null>([
      ['mom', null],
      ['dad', null],
    ]);
    const result = assignHotspot(
      [
        { id: 'tablet', monthlyGB: 3, hosts: ['dad', 'mom'] },
        { id: 'laptop', monthlyGB: 9, hosts: ['mom', 'dad'] },
      ],
      allowances,
    );
    expect(hostsOf(result)).toEqual(['dad', 'mom']);
  });

  test('never uses a host with a 0 GB allowance, and reports a device that has no host', () => {
    const allowances: HotspotAllowances = new Map<string, number | null>([
      ['mom', 0],
      ['dad', 10],
    ]);
    const result = assignHotspot(
      [
        { id: 'laptop', monthlyGB: 5, hosts: ['mom'] },
        { id: 'tablet', monthlyGB: 4, hosts: ['mom', 'dad'] },
        { id: 'ghost', monthlyGB: 4, hosts: ['nobody'] },
      ],
      allowances,
    );
    expect(result.assignments).toEqual([
      { device: 'laptop', host: null },
      { device: 'tablet', host: 'dad' },
      { device: 'ghost', host: null },
    ]);
    expect(result.loadGB.get('dad')).toBe(4);
    expect(result.loadGB.has('mom')).toBe(false);
  });

  test('solves twelve devices over six hosts exactly', () => {
    const allowances: HotspotAllowances = new Map<string, number | null>([
      ['h1', 10],
      ['h2', 15],
      ['h3', 5],
      ['h4', 30],
      ['h5', 8],
      ['h6', 12],
    ]);
    const all = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
    const sizes = [9, 7, 7, 6, 5, 5, 4, 4, 3, 3, 2, 2];
    const devices = sizes.map((monthlyGB, i) => ({ id: `d${i}`, monthlyGB, hosts: all }));
    const result = assignHotspot(devices, allowances);
    expect(result.method).toBe('exact');
    // Σ 57 GB on 80 GB of allowances: a perfect packing exists.
    expect(result.overflowGB).toBe(0);
  });

  test('answers the seven-laptops-on-twenty-lines household exactly, by treating equal hosts as one', () => {
    // 7 laptops of 1 GB, each may tether to any of 20 lines with 0.5 GB of hotspot: the best is one laptop per
    // line, 0.5 GB over on each (3.5 GB in all). Without symmetry the search would walk 20^7 assignments.
    const lines = Array.from({ length: 20 }, (_, i) => `line${i}`);
    const allowances: HotspotAllowances = new Map(lines.map((id) => [id, 0.5]));
    const devices = Array.from({ length: 7 }, (_, i) => ({ id: `laptop${i}`, monthlyGB: 1, hosts: lines }));
    const result = assignHotspot(devices, allowances, NO_BUDGET);
    expect(result.exact).toBe(true);
    expect(result.overflowGB).toBeCloseTo(3.5, 9);
    expect(new Set(hostsOf(result)).size).toBe(7);
  });

  test('says the answer is not proven optimal when the time budget runs out', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line${i}`);
    const allowances: HotspotAllowances = new Map(lines.map((id, i) => [id, 0.5 + i / 1000]));
    const devices = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, monthlyGB: 1 + i / 100, hosts: lines }));
    const result = assignHotspot(devices, allowances, { now: runawayClock() });
    expect(result.exact).toBe(false);
    expect(result.overflowGB).toBeLessThanOrEqual(assignHotspotGreedy(devices, allowances).overflowGB + 1e-9);
  });

  test('switches to the heuristic beyond twelve devices', () => {
    const allowances: HotspotAllowances = new Map([['mom', 100]]);
    const devices = Array.from({ length: 13 }, (_, i) => ({ id: `d${i}`, monthlyGB: 1, hosts: ['mom'] }));
    const result = assignHotspot(devices, allowances);
    expect(result.method).toBe('heuristic');
    expect(result.exact).toBe(false);
  });
});

type Case = { devices: TetheringDevice[]; allowances: HotspotAllowances; hostIds: string[] };

/** Search to the end, however long it takes: what these properties compare is the answer, not its speed. */
const NO_BUDGET = { budgetMs: Infinity };

/** A clock that jumps a second at every reading: the search budget is spent at its first look. */
function runawayClock(): () => number {
  let t = 0;
  return () => (t += 1000);
}

function caseArb(maxDevices: number, minDevices = 0): fc.Arbitrary<Case> {
  return fc
    .record({
      allowances: fc.array(fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 20 })), {
        minLength: 1,
        maxLength: 4,
      }),
      devices: fc.array(
        fc.record({
          monthlyGB: fc.integer({ min: 0, max: 12 }),
          hosts: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
        }),
        { minLength: minDevices, maxLength: maxDevices },
      ),
    })
    .map(({ allowances, devices }) => {
      const hostIds = allowances.map((_, i) => `h${i}`);
      return {
        hostIds,
        allowances: new Map(allowances.map((a, i) => [`h${i}`, a])),
        devices: devices.map((d, i) => ({
          id: `d${i}`,
          monthlyGB: d.monthlyGB,
          hosts: d.hosts.map((h) => `h${h}`),
        })),
      };
    });
}

/**
 * Every assignment, enumerated devices largest first (ties: input order), each
 * device's hosts in listed order; the first strictly best one wins — the
 * tie-break the engine documents.
 */
function bruteForce({ devices, allowances }: Case): (string | null)[] {
  const options = devices.map((d) => [...new Set(d.hosts)].filter((h) => allowances.has(h) && allowances.get(h) !== 0));
  const placeable = options.map((o) => o.length > 0);
  const order = devices.map((_, i) => i).sort((a, b) => devices[b]!.monthlyGB - devices[a]!.monthlyGB || a - b);
  const choice: (string | null)[] = devices.map(() => null);
  let best: { hosts: (string | null)[]; overflow: number; ratio: number } | null = null;
  const visit = (k: number): void => {
    if (k === devices.length) {
      const load = new Map<string, number>();
      devices.forEach((d, i) => {
        const h = choice[i];
        if (h) load.set(h, (load.get(h) ?? 0) + d.monthlyGB);
      });
      let overflow = 0;
      let ratio = 0;
      for (const [h, l] of load) {
        const cap = allowances.get(h);
        if (cap === null || cap === undefined) continue;
        overflow += Math.max(0, l - cap);
        ratio = Math.max(ratio, l / cap);
      }
      if (best === null || overflow < best.overflow || (overflow === best.overflow && ratio < best.ratio)) {
        best = { hosts: [...choice], overflow, ratio };
      }
      return;
    }
    const j = order[k]!;
    if (!placeable[j]) return visit(k + 1);
    for (const h of options[j]!) {
      choice[j] = h;
      visit(k + 1);
    }
    choice[j] = null;
  };
  visit(0);
  return best!.hosts;
}

describe('hotspot assignment, for any household', () => {
  test('the exact search picks the same assignment as trying every one (≤ 6 devices, ≤ 4 hosts)', () => {
    fc.assert(
      fc.property(caseArb(6), (c) => {
        expect(hostsOf(assignHotspot(c.devices, c.allowances, NO_BUDGET))).toEqual(bruteForce(c));
      }),
      fcParams(400),
    );
  });

  test('the exact search still matches trying every assignment with 7–9 devices', () => {
    fc.assert(
      fc.property(caseArb(9, 7), (c) => {
        expect(hostsOf(assignHotspot(c.devices, c.allowances, NO_BUDGET))).toEqual(bruteForce(c));
      }),
      fcParams(40),
    );
  });

  test('beyond twelve devices the heuristic is never worse than greedy largest-first', () => {
    fc.assert(
      fc.property(caseArb(40, 13), (c) => {
        const heuristic = assignHotspot(c.devices, c.allowances);
        const greedy = assignHotspotGreedy(c.devices, c.allowances);
        expect(heuristic.overflowGB).toBeLessThanOrEqual(greedy.overflowGB + 1e-9);
        if (Math.abs(heuristic.overflowGB - greedy.overflowGB) <= 1e-9) {
          expect(heuristic.maxRatio).toBeLessThanOrEqual(greedy.maxRatio + 1e-9);
        }
      }),
      fcParams(300),
    );
  });

  test('the exact search matches trying every assignment where many hosts are interchangeable', () => {
    // Allowances drawn from two values and devices from three sizes: hosts of equal allowance that the same
    // devices may use, and devices of equal size with the same hosts, are the symmetries the search skips.
    const symmetric = fc
      .record({
        allowances: fc.array(fc.constantFrom(3, 5), { minLength: 2, maxLength: 5 }),
        devices: fc.array(fc.record({ monthlyGB: fc.constantFrom(2, 4, 6), all: fc.boolean() }), {
          minLength: 1,
          maxLength: 7,
        }),
      })
      .map(({ allowances, devices }) => {
        const hostIds = allowances.map((_, i) => `h${i}`);
        return {
          hostIds,
          allowances: new Map<string, number | null>(allowances.map((a, i) => [`h${i}`, a])),
          devices: devices.map((d, i) => ({
            id: `d${i}`,
            monthlyGB: d.monthlyGB,
            hosts: d.all ? hostIds : hostIds.slice(0, 2),
          })),
        };
      });
    fc.assert(
      fc.property(symmetric, (c) => {
        const result = assignHotspot(c.devices, c.allowances, NO_BUDGET);
        expect(result.exact).toBe(true);
        expect(hostsOf(result)).toEqual(bruteForce(c));
      }),
      fcParams(200),
    );
  });

  test('a search whose time runs out keeps the best found, never worse than greedy, and says it is not proven', () => {
    fc.assert(
      fc.property(caseArb(12, 1), (c) => {
        const bounded = assignHotspot(c.devices, c.allowances, { now: runawayClock() });
        const greedy = assignHotspotGreedy(c.devices, c.allowances);
        expect(bounded.overflowGB).toBeLessThanOrEqual(greedy.overflowGB + 1e-9);
        if (Math.abs(bounded.overflowGB - greedy.overflowGB) <= 1e-9) {
          expect(bounded.maxRatio).toBeLessThanOrEqual(greedy.maxRatio + 1e-9);
        }
        if (bounded.assignments.some((a) => a.host !== null)) {
          // Every device still gets one of its own hosts.
          bounded.assignments.forEach((a, i) => {
            if (a.host !== null) expect(c.devices[i]!.hosts).toContain(a.host);
          });
        }
      }),
      fcParams(200),
    );
  });

  test('places every device that has an allowed host on one of its own hosts', () => {
    fc.assert(
      fc.property(caseArb(20), (c) => {
        const result = assignHotspot(c.devices, c.allowances);
        result.assignments.forEach((a, i) => {
          const allowed = c.devices[i]!.hosts.filter((h) => c.allowances.has(h) && c.allowances.get(h) !== 0);
          if (allowed.length === 0) expect(a.host).toBeNull();
          else expect(allowed).toContain(a.host);
        });
      }),
      fcParams(300),
    );
  });
});
