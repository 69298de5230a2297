import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@electron/api/dispatch';
import { closeDatabase, type Db } from '@electron/store';
import type { Services } from '@electron/services';
import type { NewAlertsEvent } from '@electron/services/alerts';
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract';
import { tempStore, type TempStore } from '../support/store';
import { smithFamily, type SmithFamily } from '../support/families';

/** 10:00 local time on 24 November 2026: day 20 of the Smiths' cycle (5 Nov – 4 Dec). */
const NOW = () => new Date(2026, 10, 24, 10, 0, 0);

let store: TempStore;
let db: Db;
let services: Services;
let f: SmithFamily;
let shown: NewAlertsEvent[];

function open(onNewAlerts?: (event: NewAlertsEvent) => boolean): Services {
  db = store.open();
  return store.services(db, { now: NOW, ...(onNewAlerts ? { onNewAlerts } : {}) } as { now: () => Date });
}

beforeEach(() => {
  store = tempStore();
  shown = [];
  services = open();
  f = smithFamily(services);
});
afterEach(() => store.cleanup());

/** A call through the same dispatcher both transports use. */
async function call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await dispatch(services, method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

/** Readings that leave 2 GB of the 30 GB pool with about 1.2 GB a day still going: out in 2 days. */
async function poolNearlyGone(): Promise<void> {
  await call('readings.add', {
    householdId: f.householdId,
    reading: { lineId: f.momLine.id, date: '2026-11-24', usedGB: 16 },
  });
  await call('readings.add', {
    householdId: f.householdId,
    reading: { lineId: f.dadLine.id, date: '2026-11-24', usedGB: 10 },
  });
  await call('readings.add', {
    householdId: f.householdId,
    reading: { lineId: f.kidLine.id, date: '2026-11-24', usedGB: 2 },
  });
}

describe('alerts raised by changes', () => {
  it('readings that bring the pool close to its end raise each alert once, newest and most serious first', async () => {
    expect(await call('alerts.list', { householdId: f.householdId })).toEqual([]);
    await poolNearlyGone();
    const evaluation = services.plan.evaluate(f.householdId, '2026-11-24');
    expect(evaluation.pool?.exhaustsOn).toBe('2026-11-26');

    const alerts = await call('alerts.list', { householdId: f.householdId });
    expect(alerts.map((a) => [a.rule, a.severity, a.key])).toEqual([
      ['pool-runs-out', 'critical', 'pool-runs-out:pool:2026-11-05:forecast'],
      ['pool-threshold', 'warning', 'pool-threshold:pool:2026-11-05:90'],
      // Dad's reading alone had passed 75 % already; that alert stays in the list.
      ['pool-threshold', 'warning', 'pool-threshold:pool:2026-11-05:75'],
    ]);
    expect(alerts[0]).toMatchObject({
      lineId: null,
      values: { exhaustsOn: '2026-11-26', days: 2, poolGB: 30 },
      readAt: null,
      notifiedAt: null,
      createdAt: NOW().toISOString(),
    });

    // Another change and an explicit check find the same keys: nothing new.
    await call('readings.add', {
      householdId: f.householdId,
      reading: { lineId: f.kidLine.id, date: '2026-11-24', usedGB: 2.1 },
    });
    expect(services.alerts.check(f.householdId)).toEqual([]);
    expect(await call('alerts.list', { householdId: f.householdId })).toHaveLength(3);
  });

  it('a capped line close to its cap alerts by its cap, and priority data passed is only info', async () => {
    // Kid: 4.6 GB of a 5 GB cap on day 20 — 90 % used, and at 0.23 GB a day the cap is reached in 2 days.
    await call('readings.add', {
      householdId: f.householdId,
      reading: { lineId: f.kidLine.id, date: '2026-11-24', usedGB: 4.6 },
    });
    const kid = (await call('alerts.list', { householdId: f.householdId })).filter((a) => a.lineId === f.kidLine.id);
    expect(kid.map((a) => [a.rule, a.severity, a.values.basis, a.values.line])).toEqual([
      ['limit-runs-out', 'critical', 'cap', 'Kid'],
      ['limit-threshold', 'warning', 'cap', 'Kid'],
    ]);
    expect(kid[0]!.values.exhaustsOn).toBe('2026-11-26');

    // Mom passes her 50 GB of priority data (the pool is long gone by then too).
    await call('readings.add', {
      householdId: f.householdId,
      reading: { lineId: f.momLine.id, date: '2026-11-24', usedGB: 51 },
    });
    const mom = (await call('alerts.list', { householdId: f.householdId })).filter((a) => a.lineId === f.momLine.id);
    expect(mom.map((a) => [a.key, a.severity])).toEqual([
      [`priority-passed:${f.momLine.id}:2026-11-05:premium`, 'info'],
    ]);
  });

  it('does not raise them again after the app is closed and opened again', async () => {
    await poolNearlyGone();
    const before = await call('alerts.list', { householdId: f.householdId });
    closeDatabase(db);

    services = open((event) => {
      shown.push(event);
      return true;
    });
    expect(services.alerts.checkAll()).toBe(0);
    expect(shown).toEqual([]);
    expect(await call('alerts.list', { householdId: f.householdId })).toEqual(before);
  });

  it('marks alerts read, one or all, and the unread count follows', async () => {
    await poolNearlyGone();
    const [first] = await call('alerts.list', { householdId: f.householdId });
    const afterOne = await call('alerts.markRead', { householdId: f.householdId, keys: [first!.key] });
    expect(afterOne.filter((a) => a.readAt === null)).toHaveLength(2);
    expect(afterOne.find((a) => a.key === first!.key)?.readAt).toBe(NOW().toISOString());
    const afterAll = await call('alerts.markRead', { householdId: f.householdId });
    expect(afterAll.filter((a) => a.readAt === null)).toEqual([]);
  });

  it('hands new alerts to the desktop shell with the household’s name, and records that they were shown', async () => {
    closeDatabase(db);
    services = open((event) => {
      shown.push(event);
      return true;
    });
    await poolNearlyGone();
    expect(shown.map((e) => [e.householdName, e.alerts.map((a) => a.rule)])).toEqual([
      ['The Smiths', ['pool-threshold']],
      ['The Smiths', ['pool-runs-out', 'pool-threshold']],
    ]);
    const alerts = await call('alerts.list', { householdId: f.householdId });
    expect(alerts.every((a) => a.notifiedAt === NOW().toISOString())).toBe(true);
  });

  it('records notifications the page showed (browser mode)', async () => {
    await poolNearlyGone();
    const [first] = await call('alerts.list', { householdId: f.householdId });
    const after = await call('alerts.markNotified', { householdId: f.householdId, keys: [first!.key] });
    expect(after.filter((a) => a.notifiedAt !== null).map((a) => a.key)).toEqual([first!.key]);
  });

  it('a household without a plan has nothing to alert about, and its changes still save', async () => {
    const bare = await call('households.create', { name: 'Grandma' });
    await call('members.create', { householdId: bare.id, member: { name: 'Grandma', role: 'adult' } });
    expect(await call('alerts.list', { householdId: bare.id })).toEqual([]);
  });
});

describe('alert settings per household', () => {
  it('start at 75 / 90 / 100 %, 3 days and 4 days', async () => {
    expect(await call('alerts.getSettings', { householdId: f.householdId })).toEqual({
      thresholdsPercent: [75, 90, 100],
      runOutDays: 3,
      reminderDays: 4,
    });
  });

  it('are the household’s own, and a change is checked at once', async () => {
    const other = await call('households.create', { name: 'Grandma' });
    const saved = await call('alerts.setSettings', {
      householdId: f.householdId,
      settings: { thresholdsPercent: [40, 30], runOutDays: 5, reminderDays: 7 },
    });
    expect(saved).toEqual({ thresholdsPercent: [30, 40], runOutDays: 5, reminderDays: 7 });
    expect((await call('alerts.getSettings', { householdId: other.id })).thresholdsPercent).toEqual([75, 90, 100]);
    // 13.1 GB of 30 GB is 44 %: past the new 40 % threshold.
    expect((await call('alerts.list', { householdId: f.householdId })).map((a) => a.key)).toEqual([
      'pool-threshold:pool:2026-11-05:40',
    ]);
  });

  it('refuses a threshold over 100 % or listed twice, naming the field, and keeps the old settings', async () => {
    const bad = await dispatch(services, 'alerts.setSettings', {
      householdId: f.householdId,
      settings: { thresholdsPercent: [75, 75], runOutDays: 3, reminderDays: 4 },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(bad)).toContain('settings.thresholdsPercent');
    const tooHigh = await dispatch(services, 'alerts.setSettings', {
      householdId: f.householdId,
      settings: { thresholdsPercent: [150], runOutDays: 3, reminderDays: 4 },
    });
    expect(tooHigh).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await call('alerts.getSettings', { householdId: f.householdId })).thresholdsPercent).toEqual([75, 90, 100]);
  });

  it('reminds a household whose newest reading is older than its setting', async () => {
    // The Smiths' newest reading is from 20 November: 4 days old is still fresh, 5 is not.
    await call('alerts.setSettings', {
      householdId: f.householdId,
      settings: { thresholdsPercent: [75, 90, 100], runOutDays: 3, reminderDays: 3 },
    });
    expect((await call('alerts.list', { householdId: f.householdId })).map((a) => a.values)).toEqual([
      { latestReading: '2026-11-20', days: 4 },
    ]);
  });
});
