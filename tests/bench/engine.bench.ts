/**
 * Engine speed on a large household (targets: median < 5 ms each).
 * - evaluate: 50 lines, 200 devices (12 tethering over 6 hosts with finite
 *   allowances, so the exact hotspot search has real work), 3 years of daily
 *   readings and monthly history.
 * - compare: 40 tiered per-line plans (plus a pool plan every fifth) for 10 lines.
 * - the exact hotspot search on 100 random hard cases (12 devices, 6 hosts,
 *   tight and partly shared allowances), all 100 per iteration.
 * - adversarial hotspot cases, each bounded by the 50 ms search promise: the
 *   7 laptops × 20 lines × 0.5 GB household, and the worst constructed with
 *   ≤ 12 tethering devices over up to 100 lines (devices larger than every
 *   allowance, all allowances different so no two hosts are interchangeable,
 *   hosts listed worst first, sizes close to the allowances), plus the
 *   heuristic on 500 tethering devices.
 * Run: npx vitest bench --run --project "unit (bench)"
 */
import { describe, test } from 'vitest';
import {
  type HotspotAllowances,
  type TetheringDevice,
  assignHotspot,
  compare,
  evaluate,
  formatDate,
  parseDate,
} from '@shared/engine';
import { type ScenarioFile, ScenarioPlanSchema, ScenarioSchema } from '@shared/scenario/schema';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same household. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bigHousehold(): ScenarioFile {
  const rnd = random(42);
  const lineIds = Array.from({ length: 50 }, (_, i) => `line-${i}`);
  const hostIds = lineIds.slice(0, 6);
  const hostAllowances = [10, 15, 5, 30, 8, 12];
  const lines = lineIds.map((id, i) => ({
    id,
    name: `Line ${i}`,
    capGB: i % 7 === 0 ? 5 : null,
    floorGB: i % 5 === 0 ? 2 : 0,
    weight: i % 3 === 0 ? 2 : 1,
    premiumGB: 25,
    hotspotGB: i < 6 ? hostAllowances[i]! : 5,
  }));
  const devices: NonNullable<ScenarioFile['devices']> = [];
  for (let i = 0; i < 188; i++) {
    devices.push({
      id: `dev-${i}`,
      line: lineIds[i % 50]!,
      monthlyGB: Math.round(rnd() * 800) / 100,
      sim: i % 4 === 0 ? 'esim' : 'physical',
    });
  }
  for (let i = 0; i < 12; i++) {
    const hosts = hostIds.filter(() => rnd() < 0.6);
    devices.push({
      id: `tether-${i}`,
      line: null,
      hotspotFrom: hosts.length > 0 ? hosts : [hostIds[i % 6]!],
      monthlyGB: 2 + Math.round(rnd() * 600) / 100,
      sim: 'none',
    });
  }
  const asOf = '2026-11-24';
  const firstDay = parseDate('2023-11-25');
  const lastDay = parseDate(asOf);
  const readings: NonNullable<ScenarioFile['readings']> = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const date = formatDate(day);
    const dayOfCycle = ((day - firstDay) % 30) + 1;
    for (const line of lineIds) readings.push({ line, date, usedGB: dayOfCycle * 0.3 });
  }
  const history: NonNullable<ScenarioFile['history']> = [];
  for (let m = 0; m < 36; m++) {
    const start = new Date(Date.UTC(2023, 10 + m, 5)).toISOString().slice(0, 10);
    for (const line of lineIds) history.push({ line, cycleStart: start, usedGB: 5 + rnd() * 10 });
  }
  return {
    format: 'datapool-scenario',
    version: 1,
    asOf,
    plan: {
      name: 'Big Pool',
      carrier: 'verizon',
      kind: 'pool',
      poolGB: 250,
      cycleStartDay: 5,
      pricePerLine: [60, 50, 40, 35],
    },
    lines,
    devices,
    readings,
    history,
  };
}

function tenLinesFortyPlans() {
  const rnd = random(7);
  const lineIds = Array.from({ length: 10 }, (_, i) => `l${i}`);
  const scenario = ScenarioSchema.parse({
    format: 'datapool-scenario',
    version: 1,
    asOf: '2026-11-24',
    lines: lineIds.map((id, i) => ({ id, needsPremium: i % 3 === 0 })),
    devices: [
      ...lineIds.map((line, i) => ({ id: `p${i}`, line, monthlyGB: 2 + i * 3, sim: i % 2 ? 'esim' : 'physical' })),
      { id: 'tab', line: null, hotspotFrom: ['l1', 'l2'], monthlyGB: 6 },
      { id: 'lap', line: null, hotspotFrom: ['l3'], monthlyGB: 12 },
    ],
  });
  const plans = Array.from({ length: 40 }, (_, p) =>
    ScenarioPlanSchema.parse(
      p % 5 === 0
        ? {
            name: `Pool ${p}`,
            carrier: 'x',
            kind: 'pool',
            poolGB: 100 + p * 5,
            pricePerLine: [70, 55, 45, 40],
            esim: true,
          }
        : {
            name: `Plan ${p}`,
            carrier: 'y',
            kind: 'per-line',
            esim: p % 7 !== 0,
            tiers: Array.from({ length: 5 }, (_, t) => ({
              name: `T${t}`,
              dataGB: t === 4 ? null : 5 + t * 10 + Math.round(rnd() * 5),
              premiumGB: t === 0 ? 0 : 10 * t,
              hotspotGB: 5 * t,
              pricePerLine: [30 + t * 10, 25 + t * 10, 20 + t * 10 + (p % 4)],
            })),
          },
    ),
  );
  return { scenario, plans };
}

function hardHotspotCases(): { devices: TetheringDevice[]; allowances: HotspotAllowances }[] {
  const rnd = random(1);
  const hosts = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
  return Array.from({ length: 100 }, () => {
    const allowances = new Map(hosts.map((h) => [h, rnd() < 0.15 ? null : 1 + Math.floor(rnd() * 20)]));
    const devices = Array.from({ length: 12 }, (_, i) => ({
      id: `d${i}`,
      monthlyGB: Math.round(rnd() * 1000) / 100,
      hosts: hosts.filter(() => rnd() < 0.8),
    }));
    return { devices, allowances };
  });
}

type AdversarialCase = { name: string; devices: TetheringDevice[]; allowances: HotspotAllowances };

/** m devices over h lines: device j uses size(j) GB, line k allows cap(k) GB, and devices list hosts(j) (default all). */
function adversarial(
  name: string,
  m: number,
  h: number,
  size: (j: number) => number,
  cap: (k: number) => number,
  hosts?: (j: number, lines: string[]) => string[],
): AdversarialCase {
  const lines = Array.from({ length: h }, (_, k) => `line-${k}`);
  const allowances: HotspotAllowances = new Map(lines.map((id, k) => [id, cap(k)]));
  const devices = Array.from({ length: m }, (_, j) => ({
    id: `dev-${j}`,
    monthlyGB: size(j),
    hosts: hosts ? hosts(j, lines) : lines,
  }));
  return { name, devices, allowances };
}

const adversarialCases: AdversarialCase[] = [
  adversarial(
    '7 laptops of 1 GB × 20 lines of 0.5 GB',
    7,
    20,
    () => 1,
    () => 0.5,
  ),
  adversarial(
    '12 × 100, 1 GB devices, equal 0.5 GB allowances',
    12,
    100,
    () => 1,
    () => 0.5,
  ),
  adversarial(
    '12 × 100, 1 GB devices, allowances 0.5–0.599 all different',
    12,
    100,
    () => 1,
    (k) => 0.5 + k / 1000,
  ),
  adversarial(
    '12 × 100, allowances all different, best host listed last',
    12,
    100,
    () => 1,
    (k) => 0.6 - k / 1000,
  ),
  adversarial(
    '12 × 100, sizes 1–1.14 GB and allowances all different',
    12,
    100,
    (j) => 1 + j * 0.013,
    (k) => 0.5 + k * 0.0007,
  ),
  adversarial(
    '12 × 100, sizes close to the allowances',
    12,
    100,
    (j) => 1 + j * 0.1,
    (k) => 0.3 + ((k * 37) % 100) * 0.02,
  ),
  adversarial(
    '12 × 100, half the devices list hosts in reverse',
    12,
    100,
    (j) => 1 + (j % 3) * 0.01,
    (k) => 0.5 + k / 1000,
    (j, lines) => (j % 2 === 1 ? lines : [...lines].reverse()),
  ),
  adversarial(
    '500 tethering devices × 100 lines (heuristic)',
    500,
    100,
    (j) => 0.3 + (j % 7) * 0.1,
    (k) => 1 + (k % 9) * 0.3,
  ),
];

const household = ScenarioSchema.parse(bigHousehold());
const hotspotCases = hardHotspotCases();
const comparison = tenLinesFortyPlans();

// Vitest 5: `bench` is a test-context fixture, and the benchmark project is named "unit (bench)".
describe('engine', () => {
  test('evaluate: 50 lines, 200 devices, 12 tethering over 6 hosts, 3 years of readings', async ({ bench }) => {
    await bench('evaluate', () => {
      evaluate(household);
    }).run();
  });

  test('compare: 40 tiered plans for 10 lines', async ({ bench }) => {
    await bench('compare', () => {
      compare(comparison.scenario, comparison.plans);
    }).run();
  });

  for (const c of adversarialCases) {
    test(`adversarial hotspot search: ${c.name}`, async ({ bench }) => {
      await bench(c.name, () => {
        assignHotspot(c.devices, c.allowances);
      }).run();
    });
  }

  test('exact hotspot search: 100 hard cases of 12 devices over 6 hosts', async ({ bench }) => {
    await bench('assignHotspot ×100', () => {
      for (const c of hotspotCases) assignHotspot(c.devices, c.allowances);
    }).run();
  });
});
