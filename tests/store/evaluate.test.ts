import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '@electron/services';
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

describe('evaluating the stored household', () => {
  it('answers with database ids so the UI can join results to names', () => {
    const evaluation = services.plan.evaluate(f.householdId, '2026-11-24');
    expect(evaluation.cycle).toEqual({ start: '2026-11-05', end: '2026-12-04', days: 30 });
    expect(evaluation.lines.map((l) => l.id)).toEqual([f.momLine.id, f.dadLine.id, f.kidLine.id]);
    expect(evaluation.lines[0]!.usedGB).toBe(8.4);
    expect(evaluation.hotspot).toHaveLength(1);
    expect(evaluation.hotspot[0]!.device).toBe(f.ipad.id);
    expect([f.momLine.id, f.dadLine.id]).toContain(evaluation.hotspot[0]!.host);
    const lineIds = new Set([f.momLine.id, f.dadLine.id, f.kidLine.id]);
    for (const w of evaluation.warnings) {
      if (w.line !== null) expect(lineIds.has(w.line)).toBe(true);
    }
    expect(evaluation.cost).toEqual({ monthly: 120, lines: 3 });
  });

  it('asks for a plan first when the household has none', () => {
    const empty = services.households.create('No plan yet');
    expect(() => services.plan.evaluate(empty.id, '2026-11-24')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: "Set up the household's plan first." }),
    );
  });

  it('names an unplanned device warning by its database id', () => {
    const laptop = services.devices.create(f.householdId, {
      name: 'Laptop',
      kind: 'laptop',
      ownerId: null,
      sim: 'none',
      lineId: null,
      monthlyGB: 2,
      hotspotFrom: [f.kidLine.id],
    });
    services.lines.update(f.householdId, { ...f.kidLine, hotspotGB: 0 });
    const evaluation = services.plan.evaluate(f.householdId, '2026-11-24');
    expect(evaluation.hotspot).toContainEqual({ device: laptop.id, host: null });
    expect(evaluation.warnings).toContainEqual(expect.objectContaining({ code: 'NO_HOTSPOT_HOST', device: laptop.id }));
  });
});

describe('comparing plans for the stored household', () => {
  it("ranks the catalog's plans and the household's own, with tiers keyed by line id", () => {
    const { ranking } = services.plan.compare(f.householdId, '2026-11-24');
    expect(ranking.some((r) => r.plan === 'Family Pool 30' && r.carrier === 'verizon')).toBe(true);
    expect(ranking.length).toBeGreaterThan(1);
    const lineIds = [f.momLine.id, f.dadLine.id, f.kidLine.id].sort();
    const tiered = ranking.filter((r) => r.tiers !== null);
    expect(tiered.length).toBeGreaterThan(0);
    for (const r of tiered) {
      for (const id of Object.keys(r.tiers!)) expect(lineIds).toContain(id);
      if (r.fits) expect(Object.keys(r.tiers!).sort()).toEqual(lineIds);
    }
  });

  it('names the lines in the reasons as data by their database ids', () => {
    services.plan.set(f.householdId, {
      name: 'Tiny tiers',
      carrier: 'acme',
      kind: 'per-line',
      poolGB: null,
      cycleStartDay: 5,
      cycleLengthDays: null,
      cycleAnchor: null,
      pricePerLine: [],
      esim: false,
      tiers: [{ name: 'Tiny', dataGB: 1, premiumGB: null, hotspotGB: null, pricePerLine: [10] }],
    });
    const { ranking } = services.plan.compare(f.householdId, '2026-11-24');
    // Kid's line has no device, so only Mom's and Dad's need more than 1 GB.
    const own = ranking.find((r) => r.plan === 'Tiny tiers')!;
    expect(own.fits).toBe(false);
    expect(own.details!.map((d) => [d.code, d.line, d.lines ?? null])).toEqual([
      ['NO_TIER_FITS', f.momLine.id, null],
      ['NO_TIER_FITS', f.dadLine.id, null],
      ['NO_ESIM', null, [f.momLine.id]],
    ]);
  });

  it('ranks the catalog alone for a household without a plan', () => {
    const fresh = services.households.create('Just moved in');
    const { ranking } = services.plan.compare(fresh.id, '2026-11-24');
    expect(ranking.length).toBeGreaterThan(0);
    expect(ranking.every((r) => r.fits)).toBe(true);
  });
});
