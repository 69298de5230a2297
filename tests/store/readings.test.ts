import { describe, expect, it } from 'vitest';
import { dispatch } from '@electron/api/dispatch';
import { endedCyclesWithoutTotal } from '@shared/usage/readings';
import { sha256, useTempStore } from '../support/store';

// "Today" is Dec 2, 2026; the Smiths' cycle starts on the 5th, so Nov 5 – Dec 4 is the current cycle.
const NOW = () => new Date(2026, 11, 2, 12, 0, 0);

const env = useTempStore({ smiths: true, now: NOW });

const readingsOf = (lineId: string) =>
  env.services.households
    .get(env.f.householdId)
    .readings.filter((r) => r.lineId === lineId)
    .map((r) => ({ date: r.date, usedGB: r.usedGB }));

/** Calls through the API table and expects a refusal that leaves the file byte-identical. */
async function expectRefusedUnchanged(method: string, payload: unknown) {
  const before = sha256(env.store.dbPath);
  const result = await dispatch(env.services, method, payload);
  expect(result.ok).toBe(false);
  expect(sha256(env.store.dbPath)).toBe(before);
  return (result as { ok: false; error: { code: string; message: string; values?: Record<string, unknown> } }).error;
}

describe('readings that stay honest', () => {
  it('refuses a total below an earlier reading of the same cycle, naming that reading', async () => {
    const error = await expectRefusedUnchanged('readings.add', {
      householdId: env.f.householdId,
      reading: { lineId: env.f.momLine.id, date: '2026-12-01', usedGB: 2 },
    });
    expect(error.code).toBe('READING_OUT_OF_ORDER');
    expect(error.values).toMatchObject({ date: '2026-11-20', usedGB: 8.4 });
    expect(error.message).toContain('8.4 GB on 2026-11-20');
    expect(readingsOf(env.f.momLine.id)).toEqual([{ date: '2026-11-20', usedGB: 8.4 }]);
  });

  it('refuses a total above a later reading of the same cycle', async () => {
    const error = await expectRefusedUnchanged('readings.add', {
      householdId: env.f.householdId,
      reading: { lineId: env.f.momLine.id, date: '2026-11-10', usedGB: 9 },
    });
    expect(error.code).toBe('READING_OUT_OF_ORDER');
    expect(error.values).toMatchObject({ date: '2026-11-20', usedGB: 8.4 });
  });

  it('refuses a reading dated after today and one above 100,000 GB', async () => {
    const future = await expectRefusedUnchanged('readings.add', {
      householdId: env.f.householdId,
      reading: { lineId: env.f.momLine.id, date: '2026-12-03', usedGB: 9 },
    });
    expect(future.code).toBe('VALIDATION');
    expect(future.message).toContain('reading.date');
    const huge = await expectRefusedUnchanged('readings.add', {
      householdId: env.f.householdId,
      reading: { lineId: env.f.momLine.id, date: '2026-12-01', usedGB: 100_001 },
    });
    expect(huge.code).toBe('VALIDATION');
    expect(huge.message).toContain('reading.usedGB');
  });

  it('keeps a lower reading in an earlier cycle: a new cycle starts from zero', () => {
    env.services.usage.addReading(env.f.householdId, { lineId: env.f.momLine.id, date: '2026-10-30', usedGB: 1.5 });
    env.services.usage.addReading(env.f.householdId, { lineId: env.f.momLine.id, date: '2026-12-01', usedGB: 9.1 });
    expect(readingsOf(env.f.momLine.id)).toEqual([
      { date: '2026-10-30', usedGB: 1.5 },
      { date: '2026-11-20', usedGB: 8.4 },
      { date: '2026-12-01', usedGB: 9.1 },
    ]);
  });

  it('replaces the reading of a date that has one, says so, and undo brings the old value back', () => {
    const change = env.services.usage.addReading(env.f.householdId, {
      lineId: env.f.momLine.id,
      date: '2026-11-20',
      usedGB: 8.9,
    });
    expect(change.replaced).toMatchObject({ date: '2026-11-20', usedGB: 8.4 });
    expect(readingsOf(env.f.momLine.id)).toEqual([{ date: '2026-11-20', usedGB: 8.9 }]);

    env.services.usage.restoreReadings(env.f.householdId, { removeIds: [], readings: [change.replaced!] });
    expect(readingsOf(env.f.momLine.id)).toEqual([{ date: '2026-11-20', usedGB: 8.4 }]);
  });

  it('adding the same reading twice keeps one', () => {
    env.services.usage.addReading(env.f.householdId, { lineId: env.f.kidLine.id, date: '2026-12-01', usedGB: 0.9 });
    env.services.usage.addReading(env.f.householdId, { lineId: env.f.kidLine.id, date: '2026-12-01', usedGB: 0.9 });
    expect(readingsOf(env.f.kidLine.id)).toEqual([{ date: '2026-12-01', usedGB: 0.9 }]);
  });

  it('edits a reading (also onto another date) and undo restores both readings', () => {
    const early = env.services.usage.addReading(env.f.householdId, {
      lineId: env.f.momLine.id,
      date: '2026-11-10',
      usedGB: 3,
    });
    const moved = env.services.usage.updateReading(env.f.householdId, early.id, {
      lineId: env.f.momLine.id,
      date: '2026-11-20',
      usedGB: 8.6,
    });
    expect(moved.previous).toMatchObject({ date: '2026-11-10', usedGB: 3 });
    expect(moved.replaced).toMatchObject({ date: '2026-11-20', usedGB: 8.4 });
    expect(readingsOf(env.f.momLine.id)).toEqual([{ date: '2026-11-20', usedGB: 8.6 }]);

    env.services.usage.restoreReadings(env.f.householdId, {
      removeIds: [],
      readings: [moved.previous!, moved.replaced!],
    });
    expect(readingsOf(env.f.momLine.id)).toEqual([
      { date: '2026-11-10', usedGB: 3 },
      { date: '2026-11-20', usedGB: 8.4 },
    ]);
  });

  it('refuses an edit that breaks the order, through the API, with the file unchanged', async () => {
    const early = env.services.usage.addReading(env.f.householdId, {
      lineId: env.f.momLine.id,
      date: '2026-11-10',
      usedGB: 3,
    });
    const error = await expectRefusedUnchanged('readings.update', {
      householdId: env.f.householdId,
      id: early.id,
      reading: { lineId: env.f.momLine.id, date: '2026-11-10', usedGB: 9 },
    });
    expect(error.code).toBe('READING_OUT_OF_ORDER');
  });

  it('deletes a reading and undo puts it back with its id', () => {
    const [reading] = env.services.households
      .get(env.f.householdId)
      .readings.filter((r) => r.lineId === env.f.dadLine.id);
    env.services.usage.deleteReading(env.f.householdId, reading!.id);
    expect(readingsOf(env.f.dadLine.id)).toEqual([]);
    env.services.usage.restoreReadings(env.f.householdId, { removeIds: [], readings: [reading!] });
    expect(env.services.households.get(env.f.householdId).readings.find((r) => r.id === reading!.id)).toEqual(reading);
  });

  it('undo of an added reading removes it', () => {
    const added = env.services.usage.addReading(env.f.householdId, {
      lineId: env.f.kidLine.id,
      date: '2026-11-25',
      usedGB: 1,
    });
    env.services.usage.restoreReadings(env.f.householdId, { removeIds: [added.id], readings: [] });
    expect(readingsOf(env.f.kidLine.id)).toEqual([]);
  });

  it('offers the last reading of an ended cycle as its total; recording it is one step and undoable', () => {
    env.services.usage.addReading(env.f.householdId, { lineId: env.f.dadLine.id, date: '2026-10-20', usedGB: 6 });
    env.services.usage.addReading(env.f.householdId, { lineId: env.f.dadLine.id, date: '2026-11-03', usedGB: 7.25 });
    const snapshot = env.services.households.get(env.f.householdId);
    const offers = endedCyclesWithoutTotal(snapshot.plan!, snapshot.readings, snapshot.history, '2026-12-02');
    expect(offers).toEqual([
      { lineId: env.f.dadLine.id, cycleStart: '2026-10-05', cycleEnd: '2026-11-04', date: '2026-11-03', usedGB: 7.25 },
    ]);

    const entry = env.services.usage.addHistory(env.f.householdId, {
      lineId: env.f.dadLine.id,
      cycleStart: offers[0]!.cycleStart,
      usedGB: offers[0]!.usedGB,
    });
    const after = env.services.households.get(env.f.householdId);
    expect(endedCyclesWithoutTotal(after.plan!, after.readings, after.history, '2026-12-02')).toEqual([]);

    env.services.usage.deleteHistory(env.f.householdId, entry.id);
    const undone = env.services.households.get(env.f.householdId);
    expect(endedCyclesWithoutTotal(undone.plan!, undone.readings, undone.history, '2026-12-02')).toHaveLength(1);
  });
});

describe('a line’s phone number', () => {
  it('is exported in the scenario file only when set, and comes back on import', () => {
    env.services.lines.update(env.f.householdId, { ...env.f.momLine, number: '+1 (555) 010-2030' });
    const file = env.services.scenario.export(env.f.householdId, '2026-11-24') as { lines: Record<string, unknown>[] };
    expect(file.lines[0]).toMatchObject({ name: 'Mom', number: '+1 (555) 010-2030' });
    expect(file.lines[1]).not.toHaveProperty('number');

    const imported = env.services.scenario.import(JSON.parse(JSON.stringify(file)));
    const lines = env.services.households.get(imported.household.id).lines;
    expect(lines.map((l) => l.number)).toEqual(['+1 (555) 010-2030', null, null]);
  });

  it('refuses letters and other country codes, naming the field', async () => {
    for (const number of ['555-CALL-NOW', '+44 20 7946 0958', '12']) {
      const error = await expectRefusedUnchanged('lines.update', {
        householdId: env.f.householdId,
        line: { ...env.f.momLine, number },
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain('line.number');
    }
  });
});
