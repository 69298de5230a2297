import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '@electron/services';
import { closeDatabase, MIGRATIONS, openDatabase } from '@electron/store';
import { NEW_LINE } from '@shared/domain/defaults';
import type { HouseholdDraft } from '@shared/planner/draft';
import { tempStore, type TempStore } from '../support/store';
import { smithFamily, type SmithFamily } from '../support/families';

let store: TempStore;
let services: Services;
let f: SmithFamily;
beforeEach(() => {
  store = tempStore();
  services = store.services(store.open());
  f = smithFamily(services);
});
afterEach(() => store.cleanup());

/** The household's plan, lines and devices as a draft, as the what-if starts. */
function draftOfHousehold(): HouseholdDraft {
  const snapshot = services.households.complete(f.householdId);
  return { plan: snapshot.plan, lines: snapshot.lines, devices: snapshot.devices };
}

describe('applying a what-if', () => {
  it('writes a lower cap, a new plan size, a hypothetical line and a device moved onto it, in one call', () => {
    const draft = draftOfHousehold();
    draft.plan = { ...draft.plan!, poolGB: 50 };
    draft.lines = draft.lines.map((l) => (l.id === f.kidLine.id ? { ...l, capGB: 3 } : l));
    draft.lines.push({ ...NEW_LINE, id: 'draft-line-1', name: 'Grandma' });
    draft.devices = draft.devices.map((d) =>
      d.id === f.ipad.id ? { ...d, lineId: 'draft-line-1', hotspotFrom: [], sim: 'esim' } : d,
    );

    const result = services.households.apply(f.householdId, draft);

    const after = services.households.complete(f.householdId);
    expect(after.plan!.poolGB).toBe(50);
    expect(after.lines.find((l) => l.id === f.kidLine.id)!.capGB).toBe(3);
    const grandma = after.lines.find((l) => l.name === 'Grandma')!;
    expect(grandma.id).not.toBe('draft-line-1');
    expect(after.devices.find((d) => d.id === f.ipad.id)!.lineId).toBe(grandma.id);
    expect(result.lines).toEqual(after.lines);
    // Readings and history are not part of a what-if and stay as they were.
    expect(after.readings).toHaveLength(2);
  });

  it('is undone as one step by applying the draft it answers with', () => {
    const before = services.households.complete(f.householdId);
    const draft = draftOfHousehold();
    draft.lines = draft.lines.map((l) => (l.id === f.kidLine.id ? { ...l, capGB: 1 } : l));
    draft.lines.push({ ...NEW_LINE, id: 'draft-line-1', name: 'Grandma' });
    draft.devices.push({
      id: 'draft-device-1',
      name: 'Grandma phone',
      kind: 'phone',
      ownerId: null,
      sim: 'physical',
      lineId: 'draft-line-1',
      monthlyGB: 2,
      hotspotFrom: [],
    });
    const { undo } = services.households.apply(f.householdId, draft);
    services.households.apply(f.householdId, undo);
    expect(services.households.complete(f.householdId)).toEqual(before);
  });

  it("removes a line and a device, and its undo brings both back with their ids and the line's readings", () => {
    const before = services.households.complete(f.householdId);
    const draft = draftOfHousehold();
    // As the what-if removes a line: off the draft, its devices left without a line.
    draft.lines = draft.lines.filter((l) => l.id !== f.momLine.id);
    draft.devices = draft.devices
      .filter((d) => d.id !== f.ipad.id)
      .map((d) => ({
        ...d,
        lineId: d.lineId === f.momLine.id ? null : d.lineId,
        hotspotFrom: d.hotspotFrom.filter((h) => h !== f.momLine.id),
      }));
    draft.removeLineIds = [f.momLine.id];
    draft.removeDeviceIds = [f.ipad.id];

    const { undo } = services.households.apply(f.householdId, draft);

    const after = services.households.complete(f.householdId);
    expect(after.lines.map((l) => l.id)).not.toContain(f.momLine.id);
    expect(after.devices.map((d) => d.id)).not.toContain(f.ipad.id);
    expect(before.readings.some((r) => r.lineId === f.momLine.id)).toBe(true);
    expect(after.readings.every((r) => r.lineId !== f.momLine.id)).toBe(true);
    expect(after.devices.find((d) => d.id === f.momPhone.id)!.lineId).toBeNull();
    services.households.apply(f.householdId, undo);
    expect(services.households.complete(f.householdId)).toEqual(before);
  });

  it('refuses to restore a deletion record of another household', () => {
    const other = services.households.create('Other');
    const { undo } = services.households.apply(f.householdId, {
      ...draftOfHousehold(),
      devices: draftOfHousehold().devices.filter((d) => d.id !== f.ipad.id),
      removeDeviceIds: [f.ipad.id],
    });
    expect(() => services.households.apply(other.id, { ...undo, restoreLines: [] })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });

  it('writes nothing when one part of the draft is refused', () => {
    const before = services.households.complete(f.householdId);
    const draft = draftOfHousehold();
    draft.plan = { ...draft.plan!, poolGB: 80 };
    draft.devices = draft.devices.map((d) => (d.id === f.momPhone.id ? { ...d, ownerId: 'no-such-member' } : d));
    expect(() => services.households.apply(f.householdId, draft)).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(services.households.complete(f.householdId)).toEqual(before);
  });
});

describe('saved what-ifs', () => {
  it('are kept by name per household, replaced by a save under the same name, and deleted', () => {
    const draft = draftOfHousehold();
    const first = services.whatifs.save(f.householdId, 'Cap the kid', draft);
    const capped = { ...draft, lines: draft.lines.map((l) => ({ ...l, capGB: 2 })) };
    const second = services.whatifs.save(f.householdId, 'Cap the kid', capped);
    expect(second.id).toBe(first.id);
    services.whatifs.save(f.householdId, 'Bigger pool', draft);
    const other = services.households.create('Other family');
    expect(services.whatifs.list(other.id)).toEqual([]);
    const list = services.whatifs.list(f.householdId);
    expect(list.map((w) => w.name)).toEqual(['Bigger pool', 'Cap the kid']);
    expect(list[1]!.draft.lines.every((l) => l.capGB === 2)).toBe(true);
    services.whatifs.delete(f.householdId, first.id);
    expect(services.whatifs.list(f.householdId).map((w) => w.name)).toEqual(['Bigger pool']);
  });
});

describe('migration 005 (planner)', () => {
  it('upgrades a file of the previous version: members kept, grandparents allowed, what-ifs table added', () => {
    const old = tempStore();
    try {
      const db = openDatabase(old.dbPath, { migrations: MIGRATIONS.slice(0, 4) });
      db.prepare("INSERT INTO households (id, name, created_at) VALUES ('h1', 'The Wangs', '2026-12-01')").run();
      db.prepare(
        "INSERT INTO members (id, household_id, name, role, position) VALUES ('m1', 'h1', 'Mom', 'adult', 0)",
      ).run();
      db.prepare(
        `INSERT INTO lines (id, household_id, name, member_id, floor_bytes, weight, needs_premium, position)
         VALUES ('l1', 'h1', 'Mom', 'm1', 0, 1, 0, 0)`,
      ).run();
      expect(() =>
        db
          .prepare(
            "INSERT INTO members (id, household_id, name, role, position) VALUES ('m2', 'h1', 'Nai', 'grandparent', 1)",
          )
          .run(),
      ).toThrow(/CHECK/);
      closeDatabase(db);

      const upgraded = openDatabase(old.dbPath);
      const migrated = old.services(upgraded);
      const snapshot = migrated.households.complete('h1');
      expect(snapshot.members).toEqual([{ id: 'm1', name: 'Mom', role: 'adult' }]);
      expect(snapshot.lines[0]!.memberId).toBe('m1');
      migrated.members.create('h1', { name: 'Nai Nai', role: 'grandparent' });
      migrated.whatifs.save('h1', 'First try', { plan: null, lines: snapshot.lines, devices: [] });
      closeDatabase(upgraded);

      const raw = new Database(old.dbPath, { readonly: true });
      expect(raw.pragma('user_version', { simple: true })).toBe(5);
      expect(raw.pragma('foreign_key_check')).toEqual([]);
      raw.close();
    } finally {
      old.cleanup();
    }
  });
});
