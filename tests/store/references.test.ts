/** A household's rows may only point at members and lines of the same household. */
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@electron/api/dispatch';
import { useTempStore } from '../support/store';
import { smithFamily, type SmithFamily } from '../support/families';

const env = useTempStore();
let smiths: SmithFamily;
let jones: SmithFamily;
beforeEach(() => {
  smiths = smithFamily(env.services);
  jones = smithFamily(env.services);
});

const phone = (over: Record<string, unknown>) => ({
  name: 'Phone',
  kind: 'phone',
  ownerId: null,
  sim: 'esim',
  lineId: null,
  monthlyGB: 3,
  hotspotFrom: [],
  ...over,
});

describe('references across households', () => {
  it("rejects a device on another household's line, naming the field", async () => {
    const result = await dispatch(env.services, 'devices.create', {
      householdId: smiths.householdId,
      device: phone({ lineId: jones.momLine.id }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ path: 'device.lineId' }] },
    });
  });

  it('names the exact hotspot host that is not in the household', async () => {
    const result = await dispatch(env.services, 'devices.create', {
      householdId: smiths.householdId,
      device: phone({ sim: 'none', hotspotFrom: [smiths.dadLine.id, jones.dadLine.id] }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ path: 'device.hotspotFrom[1]' }] },
    });
  });

  it('rejects an owner or a line member from another household', async () => {
    const device = await dispatch(env.services, 'devices.create', {
      householdId: smiths.householdId,
      device: phone({ ownerId: jones.mom.id }),
    });
    expect(device).toMatchObject({ ok: false, error: { details: [{ path: 'device.ownerId' }] } });
    const line = await dispatch(env.services, 'lines.update', {
      householdId: smiths.householdId,
      line: { ...smiths.kidLine, memberId: jones.dad.id },
    });
    expect(line).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'line.memberId' }] } });
  });

  it("rejects a reading or history entry for another household's line", async () => {
    const reading = await dispatch(env.services, 'readings.add', {
      householdId: smiths.householdId,
      reading: { lineId: jones.kidLine.id, date: '2026-11-21', usedGB: 1 },
    });
    expect(reading).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'reading.lineId' }] } });
    const entry = await dispatch(env.services, 'history.add', {
      householdId: smiths.householdId,
      entry: { lineId: jones.kidLine.id, cycleStart: '2026-10-05', usedGB: 1 },
    });
    expect(entry).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'entry.lineId' }] } });
  });

  it("treats another household's member, device or line id as not found", async () => {
    for (const [method, input] of [
      ['members.delete', { householdId: smiths.householdId, id: jones.mom.id }],
      ['devices.delete', { householdId: smiths.householdId, id: jones.ipad.id }],
      ['lines.delete', { householdId: smiths.householdId, id: jones.kidLine.id }],
      ['members.update', { householdId: smiths.householdId, member: jones.dad }],
    ] as const) {
      expect(await dispatch(env.services, method, input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(env.services.households.get(jones.householdId).members).toHaveLength(2);
  });

  it('refuses a device that has a line and also tethers', async () => {
    const result = await dispatch(env.services, 'devices.create', {
      householdId: smiths.householdId,
      device: phone({ lineId: smiths.momLine.id, hotspotFrom: [smiths.dadLine.id] }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ path: 'device.hotspotFrom' }] },
    });
  });
});
