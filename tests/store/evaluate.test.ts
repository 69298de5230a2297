import { describe, expect, it } from 'vitest';
import { useTempStore } from '../support/store';

const env = useTempStore({ smiths: true });

describe('evaluating the stored household', () => {
  it('answers with database ids so the UI can join results to names', () => {
    const evaluation = env.services.plan.evaluate(env.f.householdId, '2026-11-24');
    expect(evaluation.cycle).toEqual({ start: '2026-11-05', end: '2026-12-04', days: 30 });
    expect(evaluation.lines.map((l) => l.id)).toEqual([env.f.momLine.id, env.f.dadLine.id, env.f.kidLine.id]);
    expect(evaluation.lines[0]!.usedGB).toBe(8.4);
    expect(evaluation.hotspot).toHaveLength(1);
    expect(evaluation.hotspot[0]!.device).toBe(env.f.ipad.id);
    expect([env.f.momLine.id, env.f.dadLine.id]).toContain(evaluation.hotspot[0]!.host);
    const lineIds = new Set([env.f.momLine.id, env.f.dadLine.id, env.f.kidLine.id]);
    for (const w of evaluation.warnings) {
      if (w.line !== null) expect(lineIds.has(w.line)).toBe(true);
    }
    expect(evaluation.cost).toEqual({ monthly: 120, lines: 3 });
  });

  it('asks for a plan first when the household has none', () => {
    const empty = env.services.households.create('No plan yet');
    expect(() => env.services.plan.evaluate(empty.id, '2026-11-24')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: "Set up the household's plan first." }),
    );
  });

  it('names an unplanned device warning by its database id', () => {
    const laptop = env.services.devices.create(env.f.householdId, {
      name: 'Laptop',
      kind: 'laptop',
      ownerId: null,
      sim: 'none',
      lineId: null,
      monthlyGB: 2,
      hotspotFrom: [env.f.kidLine.id],
    });
    env.services.lines.update(env.f.householdId, { ...env.f.kidLine, hotspotGB: 0 });
    const evaluation = env.services.plan.evaluate(env.f.householdId, '2026-11-24');
    expect(evaluation.hotspot).toContainEqual({ device: laptop.id, host: null });
    expect(evaluation.warnings).toContainEqual(expect.objectContaining({ code: 'NO_HOTSPOT_HOST', device: laptop.id }));
  });
});

describe('comparing plans for the stored household', () => {
  it("ranks the catalog's plans and the household's own, with tiers keyed by line id", () => {
    const { ranking } = env.services.plan.compare(env.f.householdId, '2026-11-24');
    expect(ranking.some((r) => r.plan === 'Family Pool 30' && r.carrier === 'verizon')).toBe(true);
    expect(ranking.length).toBeGreaterThan(1);
    const lineIds = [env.f.momLine.id, env.f.dadLine.id, env.f.kidLine.id].sort();
    const tiered = ranking.filter((r) => r.tiers !== null);
    expect(tiered.length).toBeGreaterThan(0);
    for (const r of tiered) {
      for (const id of Object.keys(r.tiers!)) expect(lineIds).toContain(id);
      if (r.fits) expect(Object.keys(r.tiers!).sort()).toEqual(lineIds);
    }
  });

  it('names the lines in the reasons as data by their database ids', () => {
    env.services.plan.set(env.f.householdId, {
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
    const { ranking } = env.services.plan.compare(env.f.householdId, '2026-11-24');
    // Kid's line has no device, so only Mom's and Dad's need more than 1 GB.
    const own = ranking.find((r) => r.plan === 'Tiny tiers')!;
    expect(own.fits).toBe(false);
    expect(own.details!.map((d) => [d.code, d.line, d.lines ?? null])).toEqual([
      ['NO_TIER_FITS', env.f.momLine.id, null],
      ['NO_TIER_FITS', env.f.dadLine.id, null],
      ['NO_ESIM', null, [env.f.momLine.id]],
    ]);
  });

  it('ranks the catalog alone for a household without a plan', () => {
    const fresh = env.services.households.create('Just moved in');
    const { ranking } = env.services.plan.compare(fresh.id, '2026-11-24');
    expect(ranking.length).toBeGreaterThan(0);
    expect(ranking.every((r) => r.fits)).toBe(true);
  });
});
