import { Button, Flex, Heading, Table, VisuallyHidden } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/domain/schemas';
import { useShallow, useStore } from '../../store';
import { ConfirmDelete } from '../../ui/ConfirmDelete';
import { EmptyState } from '../../ui/EmptyState';
import { RowActions } from '../../ui/RowActions';
import { MemberDialog } from './MemberDialog';
import { selectDeviceCountByOwner } from './selectors';

export function MembersSection() {
  const { t } = useTranslation(['household', 'common']);
  const members = useStore((s) => s.members);
  const deviceCounts = useStore(useShallow(selectDeviceCountByOwner));
  const deleteMember = useStore((s) => s.deleteMember);
  const [editing, setEditing] = useState<{ member: Member | null } | null>(null);
  const [deleting, setDeleting] = useState<Member | null>(null);

  const addButton = <Button onClick={() => setEditing({ member: null })}>{t('members.add')}</Button>;

  return (
    <section aria-labelledby="members-heading">
      <Flex justify="between" align="center" mb="3" gap="3" wrap="wrap">
        <Heading as="h3" size="4" id="members-heading">
          {t('members.heading')}
        </Heading>
        {members.length > 0 ? addButton : null}
      </Flex>
      {members.length === 0 ? (
        <EmptyState title={t('members.emptyTitle')} body={t('members.emptyBody')} action={addButton} />
      ) : (
        <div className="dp-table-scroll">
          <Table.Root variant="surface">
            <VisuallyHidden asChild>
              <caption>{t('members.heading')}</caption>
            </VisuallyHidden>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('members.columns.name')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('members.columns.role')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('members.columns.devices')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>
                  <VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden>
                </Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {members.map((m) => (
                <Table.Row key={m.id}>
                  <Table.RowHeaderCell>{m.name}</Table.RowHeaderCell>
                  <Table.Cell>{t(`role.${m.role}`)}</Table.Cell>
                  <Table.Cell>{t('members.devices', { count: deviceCounts.get(m.id) ?? 0 })}</Table.Cell>
                  <Table.Cell>
                    <RowActions
                      name={m.name}
                      onEdit={() => setEditing({ member: m })}
                      onDelete={() => setDeleting(m)}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </div>
      )}
      <MemberDialog
        open={editing !== null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        member={editing?.member ?? null}
      />
      <ConfirmDelete
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={t('members.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('members.deleteBody')}
        onConfirm={() => {
          if (deleting) void deleteMember(deleting.id);
        }}
      />
    </section>
  );
}
