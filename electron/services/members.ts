/**
 * Members. Deleting one unlinks the devices and lines it owned and returns a
 * record of them, so that undo re-creates the member with its id and links
 * back the devices and lines that still exist and were not given to someone
 * else in the meantime.
 */
import type { MemberDeletion } from '@shared/api/contract';
import type { Member, MemberInput } from '@shared/domain/schemas';
import { inTransaction } from '../store';
import { deleteMember, insertMember, memberFromRow, memberIdExists, updateMember } from '../store/repos/members';
import { deviceIdsOfOwner, findDeviceRow, setDeviceOwner } from '../store/repos/devices';
import { findLineRow, lineIdsOfMember, setLineMember } from '../store/repos/lines';
import { nextPosition, rememberDeletedPosition, restoredPosition } from '../store/repos/positions';
import { conflict, type ServiceContext } from './context';
import { requireHousehold, requireMember } from './references';

export function createMemberService(ctx: ServiceContext) {
  const { db } = ctx;

  return {
    create(householdId: string, input: MemberInput): Member {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const member: Member = { id: ctx.newId(), name: input.name, role: input.role };
        insertMember(db, householdId, member, nextPosition(db, 'member', householdId));
        return member;
      });
    },

    update(householdId: string, member: Member): Member {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireMember(db, householdId, member.id);
        updateMember(db, member);
        return memberFromRow(requireMember(db, householdId, member.id));
      });
    },

    delete(householdId: string, id: string): MemberDeletion {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const row = requireMember(db, householdId, id);
        const deletion: MemberDeletion = {
          householdId,
          member: memberFromRow(row),
          deviceIds: deviceIdsOfOwner(db, id),
          lineIds: lineIdsOfMember(db, id),
        };
        rememberDeletedPosition(db, 'member', id, householdId, row.position);
        // ON DELETE SET NULL unlinks the member's devices and lines.
        deleteMember(db, id);
        return deletion;
      });
    },

    restore(deletion: MemberDeletion): Member {
      const { householdId, member } = deletion;
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        if (memberIdExists(db, member.id)) throw conflict(`The member "${member.name}" already exists.`);
        const position = restoredPosition(db, 'member', member.id, householdId);
        insertMember(db, householdId, member, position);
        for (const deviceId of deletion.deviceIds) {
          const device = findDeviceRow(db, householdId, deviceId);
          if (device && device.owner_id === null) setDeviceOwner(db, deviceId, member.id);
        }
        for (const lineId of deletion.lineIds) {
          const line = findLineRow(db, householdId, lineId);
          if (line && line.member_id === null) setLineMember(db, lineId, member.id);
        }
        return member;
      });
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
