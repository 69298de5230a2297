import { Table } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useShallow, useStore } from '@renderer/store';
import { EntitySection } from '@renderer/ui/EntitySection';
import { MemberForm } from './MemberDialog';
import { selectDeviceCountByOwner } from './selectors';

export function MembersSection() {
  const { t } = useTranslation('household');
  const members = useStore((s) => s.members);
  const deviceCounts = useStore(useShallow(selectDeviceCountByOwner));
  const deleteMember = useStore((s) => s.deleteMember);

  return (
    <EntitySection
      headingId="members-heading"
      text={(key, values) => t(`members.${key}`, values)}
      rows={members}
      columns={
        <>
          <Table.ColumnHeaderCell>{t('members.columns.name')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('members.columns.role')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('members.columns.devices')}</Table.ColumnHeaderCell>
        </>
      }
      cells={(m) => (
        <>
          <Table.RowHeaderCell>{m.name}</Table.RowHeaderCell>
          <Table.Cell>{t(`role.${m.role}`)}</Table.Cell>
          <Table.Cell>{t('members.devices', { count: deviceCounts.get(m.id) ?? 0 })}</Table.Cell>
        </>
      )}
      form={(member, onDone) => <MemberForm member={member} onDone={onDone} />}
      dialogWidth="440px"
      onDelete={(m) => void deleteMember(m.id)}
    />
  );
}
