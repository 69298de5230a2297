/**
 * The planner's writes: applying a what-if to the household in one
 * transaction (undoable as one step), and what-ifs saved by name.
 */
import type { ApplyResult, HouseholdDraft, SavedWhatIf } from '@shared/planner/draft';
import { inTransaction } from '../store';
import { deletePlan, findPlan } from '../store/repos/plans';
import { findLineRow, lineFromRow, listLines } from '../store/repos/lines';
import { findDevice, listDevices } from '../store/repos/devices';
import { deleteWhatIf, findWhatIf, findWhatIfByName, listWhatIfs, upsertWhatIf } from '../store/repos/whatifs';
import { invalidField, notFound, requireHousehold, type ServiceContext } from './context';
import type { createDeviceService } from './devices';
import type { createLineService } from './lines';
import type { PlanService } from './plan';

type LineService = ReturnType<typeof createLineService>;
type DeviceService = ReturnType<typeof createDeviceService>;

export function createPlannerService(
  ctx: ServiceContext,
  plan: PlanService,
  lines: LineService,
  devices: DeviceService,
) {
  const { db } = ctx;

  return {
    /**
     * Writes the draft's plan, lines and devices: known ids are updated,
     * unknown ones created (devices may name a new line by its draft id),
     * listed removals deleted (their deletion records go into the undo, so
     * undoing restores them with their ids and usage). Everything or
     * nothing; the answer carries the draft that reverses it.
     */
    apply(householdId: string, draft: HouseholdDraft): ApplyResult {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const planBefore = findPlan(db, householdId);
        const undo: HouseholdDraft = {
          plan: planBefore,
          lines: [],
          devices: [],
          removeLineIds: [],
          removeDeviceIds: [],
          restoreLines: [],
          restoreDevices: [],
        };

        [...(draft.restoreLines ?? []), ...(draft.restoreDevices ?? [])].forEach((d, i) => {
          if (d.householdId !== householdId) throw invalidField(`draft.restore[${i}].householdId`, 'another household');
        });
        // Restored first, so the lines and devices below may name them again.
        for (const deletion of draft.restoreLines ?? []) undo.removeLineIds!.push(lines.restore(deletion).id);
        for (const deletion of draft.restoreDevices ?? []) undo.removeDeviceIds!.push(devices.restore(deletion).id);

        if (draft.plan) plan.set(householdId, draft.plan);
        else if (planBefore) deletePlan(db, householdId);

        const lineIdOf = new Map<string, string>();
        draft.lines.forEach((line, i) => {
          const row = findLineRow(db, householdId, line.id);
          if (row) {
            undo.lines.push(lineFromRow(row));
            lines.update(householdId, line);
            lineIdOf.set(line.id, line.id);
          } else {
            const { id: draftId, ...input } = line;
            if (lineIdOf.has(draftId)) throw invalidField(`draft.lines[${i}].id`, 'another line has this id');
            const created = lines.create(householdId, input);
            lineIdOf.set(draftId, created.id);
            undo.removeLineIds!.push(created.id);
          }
        });
        const lineId = (id: string) => lineIdOf.get(id) ?? id;

        for (const device of draft.devices) {
          const input = {
            name: device.name,
            kind: device.kind,
            ownerId: device.ownerId,
            sim: device.sim,
            lineId: device.lineId === null ? null : lineId(device.lineId),
            monthlyGB: device.monthlyGB,
            hotspotFrom: device.hotspotFrom.map(lineId),
          };
          const before = findDevice(db, householdId, device.id);
          if (before) {
            undo.devices.push(before);
            devices.update(householdId, device.id, input);
          } else {
            undo.removeDeviceIds!.push(devices.create(householdId, input).id);
          }
        }
        for (const id of draft.removeDeviceIds ?? []) undo.restoreDevices!.push(devices.delete(householdId, id));
        for (const id of draft.removeLineIds ?? []) undo.restoreLines!.push(lines.delete(householdId, id));

        return {
          plan: findPlan(db, householdId),
          lines: listLines(db, householdId),
          devices: listDevices(db, householdId),
          undo,
        };
      });
    },

    listWhatIfs(householdId: string): SavedWhatIf[] {
      requireHousehold(db, householdId);
      return listWhatIfs(db, householdId);
    },

    saveWhatIf(householdId: string, name: string, draft: HouseholdDraft): SavedWhatIf {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const existing = findWhatIfByName(db, householdId, name);
        const saved: SavedWhatIf = { id: existing?.id ?? ctx.newId(), name, draft, updatedAt: ctx.now().toISOString() };
        upsertWhatIf(db, householdId, saved);
        return findWhatIf(db, householdId, saved.id)!;
      });
    },

    deleteWhatIf(householdId: string, id: string): SavedWhatIf {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const saved = findWhatIf(db, householdId, id);
        if (!saved) throw notFound('what-if', id);
        deleteWhatIf(db, id);
        return saved;
      });
    },
  };
}

export type PlannerService = ReturnType<typeof createPlannerService>;
