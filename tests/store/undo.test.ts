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

const snapshot = () => services.households.get(f.householdId);

describe('undoing a member deletion', () => {
  it("unlinks the member's devices and lines, and undo restores exactly the previous household", () => {
    const before = snapshot();
    const deletion = services.members.delete(f.householdId, f.mom.id);
    expect(deletion).toEqual({
      householdId: f.householdId,
      member: f.mom,
      deviceIds: [f.momPhone.id],
      lineIds: [f.momLine.id],
    });
    const during = snapshot();
    expect(during.members).toEqual([f.dad]);
    expect(during.devices.find((d) => d.id === f.momPhone.id)!.ownerId).toBeNull();
    expect(during.lines.find((l) => l.id === f.momLine.id)!.memberId).toBeNull();

    expect(services.members.restore(deletion)).toEqual(f.mom);
    expect(snapshot()).toEqual(before);
  });

  it('does not take back a device that was given to someone else in the meantime', () => {
    const deletion = services.members.delete(f.householdId, f.mom.id);
    services.devices.update(f.householdId, f.momPhone.id, { ...f.momPhone, ownerId: f.dad.id });
    services.members.restore(deletion);
    const s = snapshot();
    expect(s.devices.find((d) => d.id === f.momPhone.id)!.ownerId).toBe(f.dad.id);
    expect(s.lines.find((l) => l.id === f.momLine.id)!.memberId).toBe(f.mom.id);
  });

  it('refuses to restore a member twice', () => {
    const deletion = services.members.delete(f.householdId, f.mom.id);
    services.members.restore(deletion);
    expect(() => services.members.restore(deletion)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

describe('undoing a device deletion', () => {
  it('re-creates the device with its id, place in the list and hotspot hosts', () => {
    const before = snapshot();
    const deletion = services.devices.delete(f.householdId, f.ipad.id);
    expect(deletion).toEqual({ householdId: f.householdId, device: f.ipad });
    expect(snapshot().devices.map((d) => d.name)).toEqual(["Mom's phone", "Dad's phone"]);

    expect(services.devices.restore(deletion)).toEqual(f.ipad);
    expect(snapshot()).toEqual(before);
  });

  it('keeps its place even after other devices were added', () => {
    const deletion = services.devices.delete(f.householdId, f.momPhone.id);
    services.devices.create(f.householdId, { ...f.momPhone, name: 'Watch', kind: 'watch' });
    services.devices.restore(deletion);
    expect(snapshot().devices.map((d) => d.name)).toEqual(["Mom's phone", "Dad's phone", 'iPad', 'Watch']);
  });

  it('drops only the hosts that no longer exist', () => {
    const deletion = services.devices.delete(f.householdId, f.ipad.id);
    services.lines.delete(f.householdId, f.momLine.id);
    expect(services.devices.restore(deletion).hotspotFrom).toEqual([f.dadLine.id]);
  });
});

describe('undoing a line deletion', () => {
  it('puts back the line in its place with its readings, history and devices', () => {
    const before = snapshot();
    const deletion = services.lines.delete(f.householdId, f.momLine.id);
    expect(deletion.line).toEqual(f.momLine);
    expect(deletion.readings.map((r) => r.usedGB)).toEqual([8.4]);
    expect(deletion.history.map((h) => h.usedGB)).toEqual([14.2]);
    expect(deletion.devices).toEqual([
      { id: f.momPhone.id, lineId: f.momLine.id, hotspotFrom: [] },
      { id: f.ipad.id, lineId: null, hotspotFrom: [f.momLine.id, f.dadLine.id] },
    ]);

    expect(services.lines.restore(deletion)).toEqual(f.momLine);
    expect(snapshot()).toEqual(before);
  });

  it('leaves a device alone if it was moved to another line in the meantime', () => {
    const deletion = services.lines.delete(f.householdId, f.momLine.id);
    services.devices.update(f.householdId, f.momPhone.id, { ...f.momPhone, lineId: f.kidLine.id });
    services.lines.restore(deletion);
    const s = snapshot();
    expect(s.devices.find((d) => d.id === f.momPhone.id)!.lineId).toBe(f.kidLine.id);
    expect(s.devices.find((d) => d.id === f.ipad.id)!.hotspotFrom).toEqual([f.momLine.id, f.dadLine.id]);
  });

  it('goes through the API with the deletion record the UI kept', async () => {
    const { dispatch } = await import('@electron/api/dispatch');
    const before = snapshot();
    const deleted = await dispatch(services, 'lines.delete', { householdId: f.householdId, id: f.dadLine.id });
    expect(deleted.ok).toBe(true);
    // Electron IPC and HTTP both deliver a copy of the record, not the object itself.
    const record = JSON.parse(JSON.stringify(deleted.ok ? deleted.value : null)) as unknown;
    const restored = await dispatch(services, 'lines.restore', record);
    expect(restored).toEqual({ ok: true, value: f.dadLine });
    expect(snapshot()).toEqual(before);
  });
});
