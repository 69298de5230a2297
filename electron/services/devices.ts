/**
 * Devices. A device uses one line's data, or (without a line) may tether to
 * the listed lines; both must be lines of its household, and its owner a
 * member of it. Deleting returns the device so undo can re-create it with its
 * id, keeping the line, owner and hosts that still exist.
 */
import type { DeviceDeletion } from '@shared/api/contract';
import type { Device, DeviceInput } from '@shared/domain/schemas';
import { inTransaction } from '../store';
import { deleteDevice, deviceIdExists, findDeviceRow, insertDevice, updateDevice } from '../store/repos/devices';
import { findLineRow } from '../store/repos/lines';
import { findMemberRow } from '../store/repos/members';
import { nextPosition, rememberDeletedPosition, restoredPosition } from '../store/repos/positions';
import { conflict, type ServiceContext } from './context';
import {
  requireDevice,
  requireHousehold,
  requireLineOfHousehold,
  requireMemberOfHousehold,
  requireRoomFor,
} from './references';

export function createDeviceService(ctx: ServiceContext) {
  const { db } = ctx;

  function checkReferences(householdId: string, input: DeviceInput): void {
    if (input.ownerId !== null) requireMemberOfHousehold(db, householdId, input.ownerId, 'device.ownerId');
    if (input.lineId !== null) requireLineOfHousehold(db, householdId, input.lineId, 'device.lineId');
    input.hotspotFrom.forEach((lineId, i) =>
      requireLineOfHousehold(db, householdId, lineId, `device.hotspotFrom[${i}]`),
    );
  }

  return {
    create(householdId: string, input: DeviceInput): Device {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireRoomFor(db, householdId, 'devices', 'device');
        checkReferences(householdId, input);
        const device: Device = { ...input, id: ctx.newId() };
        insertDevice(db, householdId, device, nextPosition(db, 'device', householdId));
        return requireDevice(db, householdId, device.id);
      });
    },

    update(householdId: string, id: string, input: DeviceInput): Device {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireDevice(db, householdId, id);
        checkReferences(householdId, input);
        updateDevice(db, householdId, { ...input, id });
        return requireDevice(db, householdId, id);
      });
    },

    delete(householdId: string, id: string): DeviceDeletion {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const device = requireDevice(db, householdId, id);
        const row = findDeviceRow(db, householdId, id);
        rememberDeletedPosition(db, 'device', id, householdId, row?.position ?? 0);
        deleteDevice(db, id);
        return { householdId, device };
      });
    },

    restore(deletion: DeviceDeletion): Device {
      const { householdId, device } = deletion;
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        if (deviceIdExists(db, device.id)) throw conflict(`The device "${device.name}" already exists.`);
        requireRoomFor(db, householdId, 'devices', 'device');
        const lineExists = (lineId: string) => findLineRow(db, householdId, lineId) !== undefined;
        const lineId = device.lineId !== null && lineExists(device.lineId) ? device.lineId : null;
        const restored: Device = {
          ...device,
          ownerId: device.ownerId !== null && findMemberRow(db, householdId, device.ownerId) ? device.ownerId : null,
          lineId,
          hotspotFrom: lineId === null ? device.hotspotFrom.filter(lineExists) : [],
        };
        const position = restoredPosition(db, 'device', device.id, householdId);
        insertDevice(db, householdId, restored, position);
        return requireDevice(db, householdId, device.id);
      });
    },
  };
}

export type DeviceService = ReturnType<typeof createDeviceService>;
