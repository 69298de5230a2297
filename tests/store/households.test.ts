import { describe, expect, it } from 'vitest';
import { bytesToGB } from '@shared/domain/units';
import { useTempStore } from '../support/store';
import { SMITH_PLAN, smithFamily } from '../support/families';

const env = useTempStore();

describe('households', () => {
  it('creates, renames and lists households, oldest first', () => {
    const home = env.services.households.create('Home');
    const cabin = env.services.households.create('Cabin');
    env.services.households.rename(home.id, 'Our home');
    expect(env.services.households.list().map((h) => h.name)).toEqual(['Our home', 'Cabin']);
    expect(env.services.households.complete(cabin.id).household).toEqual(cabin);
  });

  it('hides a deleted household until it is restored', () => {
    const home = env.services.households.create('Home');
    const { household } = env.services.households.delete(home.id);
    expect(household).toEqual(home);
    expect(env.services.households.list()).toEqual([]);
    expect(() => env.services.households.complete(home.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));

    expect(env.services.households.restore(home.id)).toEqual(home);
    expect(env.services.households.list()).toEqual([home]);
  });

  it('keeps everything in a deleted household so restoring brings it all back', () => {
    const family = smithFamily(env.services);
    const before = env.services.households.complete(family.householdId);
    env.services.households.delete(family.householdId);
    env.services.households.restore(family.householdId);
    expect(env.services.households.complete(family.householdId)).toEqual(before);
  });

  it('purges households deleted more than a day ago when the app opens', () => {
    const gone = env.services.households.create('Gone');
    const recent = env.services.households.create('Recent');
    const db = env.store.open();
    const at = (iso: string) => () => new Date(iso);
    env.store.services(db, { now: at('2026-11-01T10:00:00.000Z') }).households.delete(gone.id);
    env.store.services(db, { now: at('2026-11-02T09:00:00.000Z') }).households.delete(recent.id);

    // Opening on Nov 2, 11:00: "Gone" was deleted 25 h ago, "Recent" 2 h ago.
    const later = env.store.services(db, { now: at('2026-11-02T11:00:00.000Z') });
    expect(() => later.households.restore(gone.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(later.households.restore(recent.id).name).toBe('Recent');
  });

  it('forgets the active household once it is deleted', () => {
    const home = env.services.households.create('Home');
    expect(env.services.settings.update({ activeHouseholdId: home.id }).activeHouseholdId).toBe(home.id);
    env.services.households.delete(home.id);
    expect(env.services.settings.get().activeHouseholdId).toBeNull();
  });
});

describe('a household round trip through the store', () => {
  it('reads back every entity exactly as it was written', () => {
    const f = smithFamily(env.services);
    const snapshot = env.services.households.complete(f.householdId);

    expect(snapshot.members).toEqual([f.mom, f.dad]);
    expect(snapshot.lines.map((l) => l.name)).toEqual(['Mom', 'Dad', 'Kid']);
    expect(snapshot.lines[0]).toEqual(f.momLine);
    expect(snapshot.lines[2]).toMatchObject({ capGB: 5, weight: 0.5, memberId: null });
    expect(snapshot.devices.map((d) => d.name)).toEqual(["Mom's phone", "Dad's phone", 'iPad']);
    expect(snapshot.devices[0]).toEqual(f.momPhone);
    expect(snapshot.devices[2]).toEqual(f.ipad);
    expect(snapshot.devices[2]!.hotspotFrom).toEqual([f.momLine.id, f.dadLine.id]);
    expect(snapshot.plan).toEqual(SMITH_PLAN);
    expect(snapshot.readings.map((r) => [r.lineId, r.date, r.usedGB])).toEqual([
      [f.momLine.id, '2026-11-20', 8.4],
      [f.dadLine.id, '2026-11-20', 4.7],
    ]);
    expect(snapshot.history.map((h) => [h.lineId, h.cycleStart, h.usedGB])).toEqual([
      [f.momLine.id, '2026-10-05', 14.2],
    ]);
  });

  it('stores GB as integer bytes and gives back exactly the GB that went in', () => {
    const f = smithFamily(env.services);
    const raw = env.store.open();
    const row = raw.prepare('SELECT monthly_bytes FROM devices WHERE id = ?').get(f.momPhone.id) as {
      monthly_bytes: number;
    };
    expect(row.monthly_bytes).toBe(12_300_000_000);
    expect(bytesToGB(row.monthly_bytes)).toBe(12.3);
    expect(env.services.households.complete(f.householdId).devices[0]!.monthlyGB).toBe(12.3);
    for (const gb of [0.1, 0.3, 1.005, 12.3, 99.99, 1_000_000]) {
      const reading = env.services.readings.add(f.householdId, {
        lineId: f.kidLine.id,
        date: '2026-11-21',
        usedGB: gb,
      });
      expect(reading.usedGB).toBe(gb);
    }
  });

  it('updates members, devices, lines and the plan', () => {
    const f = smithFamily(env.services);
    env.services.members.update(f.householdId, { ...f.mom, name: 'Mum', role: 'other' });
    env.services.devices.update(f.householdId, f.ipad.id, {
      ...f.ipad,
      name: 'iPad Pro',
      hotspotFrom: [f.dadLine.id],
    });
    env.services.lines.update(f.householdId, { ...f.kidLine, capGB: 7.5, needsPremium: true, tier: 'Plus' });
    env.services.plan.set(f.householdId, {
      name: 'Unlimited',
      carrier: 'tmobile',
      kind: 'per-line',
      poolGB: null,
      cycleStartDay: null,
      cycleLengthDays: 30,
      cycleAnchor: '2026-11-03',
      pricePerLine: [],
      esim: null,
      tiers: [
        { name: 'Basic', dataGB: null, premiumGB: 0, hotspotGB: 5, pricePerLine: [65, 55, 40] },
        { name: 'Plus', dataGB: null, premiumGB: 50, hotspotGB: 30.25, pricePerLine: [80, 70, 55] },
      ],
    });

    const s = env.services.households.complete(f.householdId);
    expect(s.members[0]).toEqual({ id: f.mom.id, name: 'Mum', role: 'other' });
    expect(s.devices[2]).toMatchObject({ name: 'iPad Pro', hotspotFrom: [f.dadLine.id] });
    expect(s.lines[2]).toMatchObject({ capGB: 7.5, needsPremium: true, tier: 'Plus' });
    expect(s.plan).toMatchObject({ kind: 'per-line', cycleLengthDays: 30, cycleAnchor: '2026-11-03', esim: null });
    expect(s.plan!.tiers[1]).toEqual({
      name: 'Plus',
      dataGB: null,
      premiumGB: 50,
      hotspotGB: 30.25,
      pricePerLine: [80, 70, 55],
    });
  });

  it('deletes a reading and a history entry', () => {
    const f = smithFamily(env.services);
    const s = env.services.households.complete(f.householdId);
    const reading = s.readings[0]!;
    expect(env.services.readings.delete(f.householdId, reading.id)).toEqual(reading);
    env.services.history.delete(f.householdId, s.history[0]!.id);
    const after = env.services.households.complete(f.householdId);
    expect(after.readings).toHaveLength(1);
    expect(after.history).toEqual([]);
  });

  it("cascades a line's deletion to its readings, history and hotspot hosts", () => {
    const f = smithFamily(env.services);
    env.services.lines.delete(f.householdId, f.momLine.id);
    const s = env.services.households.complete(f.householdId);
    expect(s.readings.map((r) => r.lineId)).toEqual([f.dadLine.id]);
    expect(s.history).toEqual([]);
    expect(s.devices.find((d) => d.id === f.momPhone.id)!.lineId).toBeNull();
    expect(s.devices.find((d) => d.id === f.ipad.id)!.hotspotFrom).toEqual([f.dadLine.id]);
  });

  it('removes everything of a household when it is purged', () => {
    const f = smithFamily(env.services);
    const db = env.store.open();
    env.store.services(db, { now: () => new Date('2000-01-01T00:00:00.000Z') }).households.delete(f.householdId);
    env.store.services(db); // opening now purges the long-deleted household
    for (const table of ['members', 'lines', 'devices', 'device_hotspot_hosts', 'plans', 'readings', 'history']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });
});
