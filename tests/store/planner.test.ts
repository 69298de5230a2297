import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeDatabase, MIGRATIONS, openDatabase } from '@electron/store';
import { NEW_LINE } from '@shared/domain/defaults';
import type { HouseholdDraft } from '@shared/planner/draft';
import { tempStore, useTempStore } from '../support/store';

const env = useTempStore({ smiths: true });

/** The household's plan, lines and devices as a draft, as the what-if starts. */
function draftOfHousehold(): HouseholdDraft {
  const snapshot = env.services.households.get(env.f.householdId);
  return { plan: snapshot.plan, lines: snapshot.lines, devices: snapshot.devices };
}

describe('applying a what-if', () => {
  it('writes a lower cap, a new plan size, a hypothetical line and a device moved onto it, in one call', () => {
    const draft = draftOfHousehold();
    draft.plan = { ...draft.plan!, poolGB: 50 };
    draft.lines = draft.lines.map((l) => (l.id === env.f.kidLine.id ? { ...l, capGB: 3 } : l));
    draft.lines.push({ ...NEW_LINE, id: 'draft-line-1', name: 'Grandma' });
    draft.devices = draft.devices.map((d) =>
      d.id === env.f.ipad.id ? { ...d, lineId: 'draft-line-1', hotspotFrom: [], sim: 'esim' } : d,
    );

    const result = env.services.planner.apply(env.f.householdId, draft);

    const after = env.services.households.get(env.f.householdId);
    expect(after.plan!.poolGB).toBe(50);
    expect(after.lines.find((l) => l.id === env.f.kidLine.id)!.capGB).toBe(3);
    const grandma = after.lines.find((l) => l.name === 'Grandma')!;
    expect(grandma.id).not.toBe('draft-line-1');
    expect(after.devices.find((d) => d.id === env.f.ipad.id)!.lineId).toBe(grandma.id);
    expect(result.lines).toEqual(after.lines);
    // Readings and history are not part of a what-if and stay as they were.
    expect(after.readings).toHaveLength(2);
  });

  it('is undone as one step by applying the draft it answers with', () => {
    const before = env.services.households.get(env.f.householdId);
    const draft = draftOfHousehold();
    draft.lines = draft.lines.map((l) => (l.id === env.f.kidLine.id ? { ...l, capGB: 1 } : l));
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
    const { undo } = env.services.planner.apply(env.f.householdId, draft);
    env.services.planner.apply(env.f.householdId, undo);
    expect(env.services.households.get(env.f.householdId)).toEqual(before);
  });

  it('writes nothing when one part of the draft is refused', () => {
    const before = env.services.households.get(env.f.householdId);
    const draft = draftOfHousehold();
    draft.plan = { ...draft.plan!, poolGB: 80 };
    draft.devices = draft.devices.map((d) => (d.id === env.f.momPhone.id ? { ...d, ownerId: 'no-such-member' } : d));
    expect(() => env.services.planner.apply(env.f.householdId, draft)).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(env.services.households.get(env.f.householdId)).toEqual(before);
  });
});

describe('saved what-ifs', () => {
  it('are kept by name per household, replaced by a save under the same name, and deleted', () => {
    const draft = draftOfHousehold();
    const first = env.services.planner.saveWhatIf(env.f.householdId, 'Cap the kid', draft);
    const capped = { ...draft, lines: draft.lines.map((l) => ({ ...l, capGB: 2 })) };
    const second = env.services.planner.saveWhatIf(env.f.householdId, 'Cap the kid', capped);
    expect(second.id).toBe(first.id);
    env.services.planner.saveWhatIf(env.f.householdId, 'Bigger pool', draft);
    const other = env.services.households.create('Other family');
    expect(env.services.planner.listWhatIfs(other.id)).toEqual([]);
    const list = env.services.planner.listWhatIfs(env.f.householdId);
    expect(list.map((w) => w.name)).toEqual(['Bigger pool', 'Cap the kid']);
    expect(list[1]!.draft.lines.every((l) => l.capGB === 2)).toBe(true);
    env.services.planner.deleteWhatIf(env.f.householdId, first.id);
    expect(env.services.planner.listWhatIfs(env.f.householdId).map((w) => w.name)).toEqual(['Bigger pool']);
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
      const snapshot = migrated.households.get('h1');
      expect(snapshot.members).toEqual([{ id: 'm1', name: 'Mom', role: 'adult' }]);
      expect(snapshot.lines[0]!.memberId).toBe('m1');
      migrated.members.create('h1', { name: 'Nai Nai', role: 'grandparent' });
      migrated.planner.saveWhatIf('h1', 'First try', { plan: null, lines: snapshot.lines, devices: [] });
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
