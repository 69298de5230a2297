/**
 * Lines. Deleting a line also removes its readings and history and takes it
 * off every device that used it or could tether to it; the returned record
 * holds all of that, so undo puts the line back in its place with its usage,
 * and gives the devices back their line and hosts unless they were changed
 * since.
 */
import type { LineDeletion } from '@shared/api/contract';
import type { Line, LineInput } from '@shared/domain/schemas';
import { inTransaction } from '../store';
import { deleteLine, findLineRow, insertLine, lineFromRow, lineIdExists, updateLine } from '../store/repos/lines';
import { devicesReferencingLine, findDevice, setDeviceConnection } from '../store/repos/devices';
import { findMemberRow } from '../store/repos/members';
import { insertReading, listReadingsOfLine, readingIdExists } from '../store/repos/readings';
import { historyIdExists, insertHistoryEntry, listHistoryOfLine } from '../store/repos/history';
import { nextPosition, rememberDeletedPosition, restoredPosition } from '../store/repos/positions';
import { conflict, type ServiceContext } from './context';
import { requireHousehold, requireLine, requireMemberOfHousehold, requireRoomFor } from './references';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createLineService(ctx: ServiceContext) {
  const { db } = ctx;

  return {
    create(householdId: string, input: LineInput): Line {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireRoomFor(db, householdId, 'lines', 'line');
        if (input.memberId !== null) requireMemberOfHousehold(db, householdId, input.memberId, 'line.memberId');
        const line: Line = { ...input, id: ctx.newId() };
        insertLine(db, householdId, line, nextPosition(db, 'line', householdId));
        return lineFromRow(requireLine(db, householdId, line.id));
      });
    },

    update(householdId: string, line: Line): Line {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireLine(db, householdId, line.id);
        if (line.memberId !== null) requireMemberOfHousehold(db, householdId, line.memberId, 'line.memberId');
        updateLine(db, householdId, line);
        return lineFromRow(requireLine(db, householdId, line.id));
      });
    },

    delete(householdId: string, id: string): LineDeletion {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const row = requireLine(db, householdId, id);
        const deletion: LineDeletion = {
          householdId,
          line: lineFromRow(row),
          readings: listReadingsOfLine(db, id),
          history: listHistoryOfLine(db, id),
          devices: devicesReferencingLine(db, id).map((d) => ({
            id: d.id,
            lineId: d.lineId,
            hotspotFrom: d.hotspotFrom,
          })),
        };
        rememberDeletedPosition(db, 'line', id, householdId, row.position);
        // Cascades remove readings, history and hotspot hosts; devices on the line get no line.
        deleteLine(db, id);
        return deletion;
      });
    },

    restore(deletion: LineDeletion): Line {
      const { householdId, line } = deletion;
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        if (lineIdExists(db, line.id)) throw conflict(`The line "${line.name}" already exists.`);
        requireRoomFor(db, householdId, 'lines', 'line');
        requireRoomFor(db, householdId, 'readings', 'readings', deletion.readings.length);
        requireRoomFor(db, householdId, 'history', 'history', deletion.history.length);
        const memberId = line.memberId !== null && findMemberRow(db, householdId, line.memberId) ? line.memberId : null;
        const position = restoredPosition(db, 'line', line.id, householdId);
        insertLine(db, householdId, { ...line, memberId }, position);
        for (const reading of deletion.readings) {
          if (reading.lineId !== line.id || readingIdExists(db, reading.id)) continue;
          insertReading(db, reading);
        }
        for (const entry of deletion.history) {
          if (entry.lineId !== line.id || historyIdExists(db, entry.id)) continue;
          insertHistoryEntry(db, entry);
        }
        const lineExists = (lineId: string) => findLineRow(db, householdId, lineId) !== undefined;
        for (const before of deletion.devices) {
          const now = findDevice(db, householdId, before.id);
          if (!now) continue;
          // Only a device still as the deletion left it gets its old connection back.
          const leftLineId = before.lineId === line.id ? null : before.lineId;
          const leftHosts = before.hotspotFrom.filter((h) => h !== line.id);
          if (now.lineId !== leftLineId || !sameList(now.hotspotFrom, leftHosts)) continue;
          const lineId = before.lineId !== null && lineExists(before.lineId) ? before.lineId : null;
          setDeviceConnection(db, before.id, lineId, lineId === null ? before.hotspotFrom.filter(lineExists) : []);
        }
        return lineFromRow(requireLine(db, householdId, line.id));
      });
    },
  };
}

export type LineService = ReturnType<typeof createLineService>;
