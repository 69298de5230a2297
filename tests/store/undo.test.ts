import { describe, expect, it } from 'vitest';
import { useTempStore } from '../support/store';

const env = useTempStore({ smiths: true });

const snapshot = () => env.services.households.get(env.f.householdId);

describe('undoing a member deletion', () => {
  it("unlinks the member's devices and lines, and undo restores exactly the previous household", () => {
    const before = snapshot();
    const deletion = env.services.members.delete(env.f.householdId, env.f.mom.id);
    expect(deletion).toEqual({
      householdId: env.f.householdId,
      member: env.f.mom,
      deviceIds: [env.f.momPhone.id],
      lineIds: [env.f.momLine.id],
    });
    const during = snapshot();
    expect(during.members).toEqual([env.f.dad]);
    expect(during.devices.find((d) => d.id === env.f.momPhone.id)!.ownerId).toBeNull();
    expect(during.lines.find((l) => l.id === env.f.momLine.id)!.memberId).toBeNull();

    expect(env.services.members.restore(deletion)).toEqual(env.f.mom);
    expect(snapshot()).toEqual(before);
  });

  it('does not take back a device that was given to someone else in the meantime', () => {
    const deletion = env.services.members.delete(env.f.householdId, env.f.mom.id);
    env.services.devices.update(env.f.householdId, env.f.momPhone.id, { ...env.f.momPhone, ownerId: env.f.dad.id });
    env.services.members.restore(deletion);
    const s = snapshot();
    expect(s.devices.find((d) => d.id === env.f.momPhone.id)!.ownerId).toBe(env.f.dad.id);
    expect(s.lines.find((l) => l.id === env.f.momLine.id)!.memberId).toBe(env.f.mom.id);
  });

  it('refuses to restore a member twice', () => {
    const deletion = env.services.members.delete(env.f.householdId, env.f.mom.id);
    env.services.members.restore(deletion);
    expect(() => env.services.members.restore(deletion)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

describe('undoing a device deletion', () => {
  it('re-creates the device with its id, place in the list and hotspot hosts', () => {
    const before = snapshot();
    const deletion = env.services.devices.delete(env.f.householdId, env.f.ipad.id);
    expect(deletion).toEqual({ householdId: env.f.householdId, device: env.f.ipad });
    expect(snapshot().devices.map((d) => d.name)).toEqual(["Mom's phone", "Dad's phone"]);

    expect(env.services.devices.restore(deletion)).toEqual(env.f.ipad);
    expect(snapshot()).toEqual(before);
  });

  it('keeps its place even after other devices were added', () => {
    const deletion = env.services.devices.delete(env.f.householdId, env.f.momPhone.id);
    env.services.devices.create(env.f.householdId, { ...env.f.momPhone, name: 'Watch', kind: 'watch' });
    env.services.devices.restore(deletion);
    expect(snapshot().devices.map((d) => d.name)).toEqual(["Mom's phone", "Dad's phone", 'iPad', 'Watch']);
  });

  it('drops only the hosts that no longer exist', () => {
    const deletion = env.services.devices.delete(env.f.householdId, env.f.ipad.id);
    env.services.lines.delete(env.f.householdId, env.f.momLine.id);
    expect(env.services.devices.restore(deletion).hotspotFrom).toEqual([env.f.dadLine.id]);
  });
});

describe('undoing a line deletion', () => {
  it('puts back the line in its place with its readings, history and devices', () => {
    const before = snapshot();
    const deletion = env.services.lines.delete(env.f.householdId, env.f.momLine.id);
    expect(deletion.line).toEqual(env.f.momLine);
    expect(deletion.readings.map((r) => r.usedGB)).toEqual([8.4]);
    expect(deletion.history.map((h) => h.usedGB)).toEqual([14.2]);
    expect(deletion.devices).toEqual([
      { id: env.f.momPhone.id, lineId: env.f.momLine.id, hotspotFrom: [] },
      { id: env.f.ipad.id, lineId: null, hotspotFrom: [env.f.momLine.id, env.f.dadLine.id] },
    ]);

    expect(env.services.lines.restore(deletion)).toEqual(env.f.momLine);
    expect(snapshot()).toEqual(before);
  });

  it('leaves a device alone if it was moved to another line in the meantime', () => {
    const deletion = env.services.lines.delete(env.f.householdId, env.f.momLine.id);
    env.services.devices.update(env.f.householdId, env.f.momPhone.id, { ...env.f.momPhone, lineId: env.f.kidLine.id });
    env.services.lines.restore(deletion);
    const s = snapshot();
    expect(s.devices.find((d) => d.id === env.f.momPhone.id)!.lineId).toBe(env.f.kidLine.id);
    expect(s.devices.find((d) => d.id === env.f.ipad.id)!.hotspotFrom).toEqual([env.f.momLine.id, env.f.dadLine.id]);
  });

  it('goes through the API with the deletion record the UI kept', async () => {
    const { dispatch } = await import('@electron/api/dispatch');
    const before = snapshot();
    const deleted = await dispatch(env.services, 'lines.delete', {
      householdId: env.f.householdId,
      id: env.f.dadLine.id,
    });
    expect(deleted.ok).toBe(true);
    // Electron IPC and HTTP both deliver a copy of the record, not the object itself.
    const record = JSON.parse(JSON.stringify(deleted.ok ? deleted.value : null)) as unknown;
    const restored = await dispatch(env.services, 'lines.restore', record);
    expect(restored).toEqual({ ok: true, value: env.f.dadLine });
    expect(snapshot()).toEqual(before);
  });
});
