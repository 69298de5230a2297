/** Devices and the lines each Wi-Fi-only device may tether to. */
import type { Device } from '@shared/domain/schemas';
import { bytesToGB, gbToBytes } from '@shared/domain/units';
import { prepared, type Db, type ReadDb } from '../db';

export interface DeviceRow {
  id: string;
  household_id: string;
  name: string;
  kind: Device['kind'];
  owner_id: string | null;
  sim: Device['sim'];
  line_id: string | null;
  monthly_bytes: number;
  position: number;
}

export interface HotspotHostRow {
  device_id: string;
  line_id: string;
  position: number;
}

export function deviceFromRow(row: DeviceRow, hotspotFrom: string[]): Device {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    ownerId: row.owner_id,
    sim: row.sim,
    lineId: row.line_id,
    monthlyGB: bytesToGB(row.monthly_bytes),
    hotspotFrom,
  };
}

export function deviceToRow(householdId: string, device: Device, position: number): DeviceRow {
  return {
    id: device.id,
    household_id: householdId,
    name: device.name,
    kind: device.kind,
    owner_id: device.ownerId,
    sim: device.sim,
    line_id: device.lineId,
    monthly_bytes: gbToBytes(device.monthlyGB),
    position,
  };
}

function hostsByDevice(rows: HotspotHostRow[]): Map<string, string[]> {
  const hosts = new Map<string, string[]>();
  for (const row of rows) {
    const list = hosts.get(row.device_id) ?? [];
    list.push(row.line_id);
    hosts.set(row.device_id, list);
  }
  return hosts;
}

export function listDevices(db: ReadDb, householdId: string): Device[] {
  const rows = prepared<DeviceRow>(db, 'SELECT * FROM devices WHERE household_id = ? ORDER BY position').all(
    householdId,
  );
  const hosts = hostsByDevice(
    prepared<HotspotHostRow>(
      db,
      `SELECT h.* FROM device_hotspot_hosts h JOIN devices d ON d.id = h.device_id
       WHERE d.household_id = ? ORDER BY h.device_id, h.position`,
    ).all(householdId),
  );
  return rows.map((row) => deviceFromRow(row, hosts.get(row.id) ?? []));
}

/** The device's row if it belongs to that household. */
export function findDeviceRow(db: ReadDb, householdId: string, id: string): DeviceRow | undefined {
  return prepared<DeviceRow>(db, 'SELECT * FROM devices WHERE id = ? AND household_id = ?').get(id, householdId);
}

export function findDevice(db: ReadDb, householdId: string, id: string): Device | undefined {
  const row = findDeviceRow(db, householdId, id);
  return row ? deviceFromRow(row, hotspotHostsOf(db, id)) : undefined;
}

export function deviceIdExists(db: ReadDb, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM devices WHERE id = ?').get(id) !== undefined;
}

export function hotspotHostsOf(db: ReadDb, deviceId: string): string[] {
  return prepared<{ line_id: string }>(
    db,
    'SELECT line_id FROM device_hotspot_hosts WHERE device_id = ? ORDER BY position',
  )
    .all(deviceId)
    .map((r) => r.line_id);
}

/** Ids of devices owned by this member. */
export function deviceIdsOfOwner(db: ReadDb, memberId: string): string[] {
  return prepared<{ id: string }>(db, 'SELECT id FROM devices WHERE owner_id = ? ORDER BY position')
    .all(memberId)
    .map((r) => r.id);
}

/** Devices that use this line or may tether to it, with their line and hosts as they are now. */
export function devicesReferencingLine(db: ReadDb, lineId: string): Device[] {
  const rows = prepared<DeviceRow>(
    db,
    `SELECT * FROM devices WHERE line_id = @lineId
       OR id IN (SELECT device_id FROM device_hotspot_hosts WHERE line_id = @lineId)
     ORDER BY position`,
  ).all({ lineId });
  return rows.map((row) => deviceFromRow(row, hotspotHostsOf(db, row.id)));
}

export function insertDevice(db: Db, householdId: string, device: Device, position: number): void {
  prepared(
    db,
    `INSERT INTO devices (id, household_id, name, kind, owner_id, sim, line_id, monthly_bytes, position)
     VALUES (@id, @household_id, @name, @kind, @owner_id, @sim, @line_id, @monthly_bytes, @position)`,
  ).run(deviceToRow(householdId, device, position));
  replaceHotspotHosts(db, device.id, device.hotspotFrom);
}

/** Rewrites a device's fields and hosts; its position is kept. */
export function updateDevice(db: Db, householdId: string, device: Device): void {
  prepared(
    db,
    `UPDATE devices SET name = @name, kind = @kind, owner_id = @owner_id, sim = @sim, line_id = @line_id,
       monthly_bytes = @monthly_bytes
     WHERE id = @id AND household_id = @household_id`,
  ).run(deviceToRow(householdId, device, 0));
  replaceHotspotHosts(db, device.id, device.hotspotFrom);
}

export function setDeviceOwner(db: Db, deviceId: string, ownerId: string | null): void {
  prepared(db, 'UPDATE devices SET owner_id = ? WHERE id = ?').run(ownerId, deviceId);
}

/** Sets where a device gets its data: a line, or the hosts it may tether to. */
export function setDeviceConnection(db: Db, deviceId: string, lineId: string | null, hotspotFrom: string[]): void {
  prepared(db, 'UPDATE devices SET line_id = ? WHERE id = ?').run(lineId, deviceId);
  replaceHotspotHosts(db, deviceId, hotspotFrom);
}

export function replaceHotspotHosts(db: Db, deviceId: string, lineIds: readonly string[]): void {
  prepared(db, 'DELETE FROM device_hotspot_hosts WHERE device_id = ?').run(deviceId);
  const insert = prepared(db, 'INSERT INTO device_hotspot_hosts (device_id, line_id, position) VALUES (?, ?, ?)');
  lineIds.forEach((lineId, position) => insert.run(deviceId, lineId, position));
}

export function deleteDevice(db: Db, id: string): void {
  prepared(db, 'DELETE FROM devices WHERE id = ?').run(id);
}
