import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@electron/api/dispatch';
import type { Services } from '@electron/services';
import { sha256, tempStore, type TempStore } from '../support/store';
import { smithFamily, type SmithFamily } from '../support/families';

// "Today" is Dec 2, 2026; the Smiths' cycle starts on the 5th, so Nov 5 – Dec 4 is the current cycle.
const NOW = () => new Date(2026, 11, 2, 12, 0, 0);

let store: TempStore;
let services: Services;
let f: SmithFamily;
beforeEach(() => {
  store = tempStore();
  services = store.services(store.open(), { now: NOW });
  f = smithFamily(services);
});
afterEach(() => store.cleanup());

const readingsOf = (lineId: string) =>
  services.households
    .complete(f.householdId)
    .readings.filter((r) => r.lineId === lineId)
    .map((r) => ({ date: r.date, usedGB: r.usedGB }));

/** Calls through the API table and expects a refusal that leaves the file byte-identical. */
async function expectRefusedUnchanged(method: string, payload: unknown) {
  const before = sha256(store.dbPath);
  const result = await dispatch(services, method, payload);
  expect(result.ok).toBe(false);
  expect(sha256(store.dbPath)).toBe(before);
  return (result as { ok: false; error: { code: string; message: string; values?: Record<string, unknown> } }).error;
}

describe('readings that stay honest', () => {
  it('refuses a total below an earlier reading of the same cycle, naming that reading', async () => {
    const error = await expectRefusedUnchanged('readings.add', {
      householdId: f.householdId,
      reading: { lineId: f.momLine.id, date: '2026-12-01', usedGB: 2 },
    });
    expect(error.code).toBe('READING_OUT_OF_ORDER');
    expect(error.values).toMatchObject({ date: '2026-11-20', usedGB: 8.4 });
    expect(error.message).toContain('8.4 GB on 2026-11-20');
    expect(readingsOf(f.momLine.id)).toEqual([{ date: '2026-11-20', usedGB: 8.4 }]);
  });

  it('refuses a total above a later reading of the same cycle', async () => {
    const error = await expectRefusedUnchanged('readings.add', {
      householdId: f.householdId,
      reading: { lineId: f.momLine.id, date: '2026-11-10', usedGB: 9 },
    });
    expect(error.code).toBe('READING_OUT_OF_ORDER');
    expect(error.values).toMatchObject({ date: '2026-11-20', usedGB: 8.4 });
  });

  it('refuses a reading dated after today and one above 100,000 GB', async () => {
    const future = await expectRefusedUnchanged('readings.add', {
      householdId: f.householdId,
      reading: { lineId: f.momLine.id, date: '2026-12-03', usedGB: 9 },
    });
    expect(future.code).toBe('VALIDATION');
    expect(future.message).toContain('reading.date');
    const huge = await expectRefusedUnchanged('readings.add', {
      householdId: f.householdId,
      reading: { lineId: f.momLine.id, date: '2026-12-01', usedGB: 100_001 },
    });
    expect(huge.code).toBe('VALIDATION');
    expect(huge.message).toContain('reading.usedGB');
  });

  it('keeps a lower reading in an earlier cycle: a new cycle starts from zero', () => {
    services.readings.add(f.householdId, { lineId: f.momLine.id, date: '2026-10-30', usedGB: 1.5 });
    services.readings.add(f.householdId, { lineId: f.momLine.id, date: '2026-12-01', usedGB: 9.1 });
    expect(readingsOf(f.momLine.id)).toEqual([
      { date: '2026-10-30', usedGB: 1.5 },
      { date: '2026-11-20', usedGB: 8.4 },
      { date: '2026-12-01', usedGB: 9.1 },
    ]);
  });

  it('replaces the reading of a date that has one, says so, and undo brings the old value back', () => {
    const change = services.readings.add(f.householdId, { lineId: f.momLine.id, date: '2026-11-20', usedGB: 8.9 });
    expect(change.replaced).toMatchObject({ date: '2026-11-20', usedGB: 8.4 });
    expect(readingsOf(f.momLine.id)).toEqual([{ date: '2026-11-20', usedGB: 8.9 }]);

    services.readings.restore(f.householdId, { removeIds: [], readings: [change.replaced!] });
    expect(readingsOf(f.momLine.id)).toEqual([{ date: '2026-11-20', usedGB: 8.4 }]);
  });

  it('adding the same reading twice keeps one', () => {
    services.readings.add(f.householdId, { lineId: f.kidLine.id, date: '2026-12-01', usedGB: 0.9 });
    services.readings.add(f.householdId, { lineId: f.kidLine.id, date: '2026-12-01', usedGB: 0.9 });
    expect(readingsOf(f.kidLine.id)).toEqual([{ date: '2026-12-01', usedGB: 0.9 }]);
  });

  it('edits a reading (also onto another date) and undo restores both readings', () => {
    const early = services.readings.add(f.householdId, { lineId: f.momLine.id, date: '2026-11-10', usedGB: 3 });
    const moved = services.readings.update(f.householdId, early.id, {
      lineId: f.momLine.id,
      date: '2026-11-20',
      usedGB: 8.6,
    });
    expect(moved.previous).toMatchObject({ date: '2026-11-10', usedGB: 3 });
    expect(moved.replaced).toMatchObject({ date: '2026-11-20', usedGB: 8.4 });
    expect(readingsOf(f.momLine.id)).toEqual([{ date: '2026-11-20', usedGB: 8.6 }]);

    services.readings.restore(f.householdId, { removeIds: [], readings: [moved.previous!, moved.replaced!] });
    expect(readingsOf(f.momLine.id)).toEqual([
      { date: '2026-11-10', usedGB: 3 },
      { date: '2026-11-20', usedGB: 8.4 },
    ]);
  });

  it('refuses an edit that breaks the order, through the API, with the file unchanged', async () => {
    const early = services.readings.add(f.householdId, { lineId: f.momLine.id, date: '2026-11-10', usedGB: 3 });
    const error = await expectRefusedUnchanged('readings.update', {
      householdId: f.householdId,
      id: early.id,
      reading: { lineId: f.momLine.id, date: '2026-11-10', usedGB: 9 },
    });
    expect(error.code).toBe('READING_OUT_OF_ORDER');
  });

  it('deletes a reading and undo puts it back with its id', () => {
    const [reading] = services.households.complete(f.householdId).readings.filter((r) => r.lineId === f.dadLine.id);
    services.readings.delete(f.householdId, reading!.id);
    expect(readingsOf(f.dadLine.id)).toEqual([]);
    services.readings.restore(f.householdId, { removeIds: [], readings: [reading!] });
    expect(services.households.complete(f.householdId).readings.find((r) => r.id === reading!.id)).toEqual(reading);
  });

  it('undo of an added reading removes it', () => {
    const added = services.readings.add(f.householdId, { lineId: f.kidLine.id, date: '2026-11-25', usedGB: 1 });
    services.readings.restore(f.householdId, { removeIds: [added.id], readings: [] });
    expect(readingsOf(f.kidLine.id)).toEqual([]);
  });

  it('offers the last reading of an ended cycle as its total; recording it is one step and undoable', () => {
    services.readings.add(f.householdId, { lineId: f.dadLine.id, date: '2026-10-20', usedGB: 6 });
    services.readings.add(f.householdId, { lineId: f.dadLine.id, date: '2026-11-03', usedGB: 7.25 });
    const offers = services.history.missingTotals(f.householdId);
    expect(offers).toEqual([
      { lineId: f.dadLine.id, cycleStart: '2026-10-05', cycleEnd: '2026-11-04', date: '2026-11-03', usedGB: 7.25 },
    ]);

    const entry = services.history.add(f.householdId, {
      lineId: f.dadLine.id,
      cycleStart: offers[0]!.cycleStart,
      usedGB: offers[0]!.usedGB,
    });
    expect(services.history.missingTotals(f.householdId)).toEqual([]);

    services.history.delete(f.householdId, entry.id);
    expect(services.history.missingTotals(f.householdId)).toHaveLength(1);
  });
});

describe('loading a household with years of readings', () => {
  /** A daily reading on the kid's line from `from` to Dec 2, rising through each cycle. */
  function daily(from: string) {
    const plan = services.households.complete(f.householdId).plan!;
    const added: string[] = [];
    for (let d = new Date(`${from}T12:00:00`); d <= NOW(); d.setDate(d.getDate() + 1)) {
      const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      // Day of the cycle (cycles start on the 5th), so totals rise within a cycle and restart after.
      const day = (d.getDate() - (plan.cycleStartDay ?? 1) + 31) % 31;
      services.readings.add(f.householdId, { lineId: f.kidLine.id, date, usedGB: day / 10 });
      added.push(date);
    }
    return added;
  }

  it('answers only the current cycle’s readings, and counts the older ones per line', () => {
    const all = daily('2026-06-05');
    const snapshot = services.households.get(f.householdId);
    expect(snapshot.readingsFrom).toBe('2026-11-05');
    expect(snapshot.readings.every((r) => r.date >= '2026-11-05')).toBe(true);
    const stored = services.households.complete(f.householdId).readings;
    expect(snapshot.readings).toEqual(stored.filter((r) => r.date >= '2026-11-05'));
    const olderOfKid = stored.filter((r) => r.lineId === f.kidLine.id && r.date < '2026-11-05').length;
    expect(olderOfKid).toBe(all.filter((d) => d < '2026-11-05').length);
    expect(snapshot.olderReadings[f.kidLine.id]).toBe(olderOfKid);
  });

  it('pages a line’s older readings newest first, with how many are left, until none are', () => {
    const older = daily('2026-09-01')
      .filter((d) => d < '2026-11-05')
      .reverse();
    const seen: string[] = [];
    let before = '2026-11-05';
    for (;;) {
      const page = services.readings.list(f.householdId, f.kidLine.id, before, 20);
      seen.push(...page.readings.map((r) => r.date));
      expect(page.remaining).toBe(older.length - seen.length);
      if (page.remaining === 0) break;
      before = page.readings.at(-1)!.date;
    }
    expect(seen).toEqual(older);
    expect(services.readings.list(f.householdId, f.kidLine.id, '2026-11-05', 0)).toEqual({
      readings: [],
      remaining: older.length,
    });
  });

  it('refuses to page the readings of another household’s line', async () => {
    const other = services.households.create('Neighbours');
    const error = await expectRefusedUnchanged('readings.list', {
      householdId: other.id,
      lineId: f.kidLine.id,
      before: '2026-11-05',
      limit: 20,
    });
    expect(error.code).toBe('VALIDATION');
  });

  it('lists every ended cycle without a total, oldest first, and none for the current cycle', () => {
    daily('2026-08-05');
    const offers = services.history.missingTotals(f.householdId).filter((o) => o.lineId === f.kidLine.id);
    expect(offers.map((o) => [o.cycleStart, o.date])).toEqual([
      ['2026-08-05', '2026-09-04'],
      ['2026-09-05', '2026-10-04'],
      ['2026-10-05', '2026-11-04'],
    ]);
  });
});

describe('a line’s phone number', () => {
  it('is exported in the scenario file only when set, and comes back on import', () => {
    services.lines.update(f.householdId, { ...f.momLine, number: '+1 (555) 010-2030' });
    const file = services.scenario.export(f.householdId, '2026-11-24') as { lines: Record<string, unknown>[] };
    expect(file.lines[0]).toMatchObject({ name: 'Mom', number: '+1 (555) 010-2030' });
    expect(file.lines[1]).not.toHaveProperty('number');

    const imported = services.scenario.import(JSON.parse(JSON.stringify(file)));
    const lines = services.households.complete(imported.household.id).lines;
    expect(lines.map((l) => l.number)).toEqual(['+1 (555) 010-2030', null, null]);
  });

  it('refuses letters and other country codes, naming the field', async () => {
    for (const number of ['555-CALL-NOW', '+44 20 7946 0958', '12']) {
      const error = await expectRefusedUnchanged('lines.update', {
        householdId: f.householdId,
        line: { ...f.momLine, number },
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain('line.number');
    }
  });
});
