import { Button, Flex, Heading, Table, VisuallyHidden } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain/schemas';
import { useFormat } from '../../i18n/format';
import { useShallow, useStore } from '../../store';
import { ConfirmDelete } from '../../ui/ConfirmDelete';
import { EmptyState } from '../../ui/EmptyState';
import { RowActions } from '../../ui/RowActions';
import { DeviceDialog } from './DeviceDialog';
import { selectLineNames, selectMemberNames } from './selectors';

export function DevicesSection() {
  const { t } = useTranslation(['household', 'common']);
  const format = useFormat();
  const devices = useStore((s) => s.devices);
  const memberNames = useStore(useShallow(selectMemberNames));
  const lineNames = useStore(useShallow(selectLineNames));
  const deleteDevice = useStore((s) => s.deleteDevice);
  const [editing, setEditing] = useState<{ device: Device | null } | null>(null);
  const [deleting, setDeleting] = useState<Device | null>(null);

  const addButton = <Button onClick={() => setEditing({ device: null })}>{t('devices.add')}</Button>;

  const lineText = (d: Device): string => {
    if (d.lineId) return lineNames.get(d.lineId) ?? t('devices.noLine');
    if (d.hotspotFrom.length > 0) {
      const hosts = d.hotspotFrom.map((id) => lineNames.get(id) ?? id);
      return t('devices.tethersTo', {
        lines: new Intl.ListFormat(format.locale, { type: 'disjunction' }).format(hosts),
      });
    }
    return t('devices.wifiOnly');
  };

  return (
    <section aria-labelledby="devices-heading">
      <Flex justify="between" align="center" mb="3" gap="3" wrap="wrap">
        <Heading as="h3" size="4" id="devices-heading">
          {t('devices.heading')}
        </Heading>
        {devices.length > 0 ? addButton : null}
      </Flex>
      {devices.length === 0 ? (
        <EmptyState title={t('devices.emptyTitle')} body={t('devices.emptyBody')} action={addButton} />
      ) : (
        <div className="dp-table-scroll">
          <Table.Root variant="surface">
            <VisuallyHidden asChild>
              <caption>{t('devices.heading')}</caption>
            </VisuallyHidden>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('devices.columns.name')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('devices.columns.kind')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('devices.columns.owner')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('devices.columns.sim')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('devices.columns.line')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell justify="end">{t('devices.columns.monthlyGB')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>
                  <VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden>
                </Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {devices.map((d) => (
                <Table.Row key={d.id}>
                  <Table.RowHeaderCell>{d.name}</Table.RowHeaderCell>
                  <Table.Cell>{t(`kind.${d.kind}`)}</Table.Cell>
                  <Table.Cell>{d.ownerId ? (memberNames.get(d.ownerId) ?? '') : t('devices.noOwner')}</Table.Cell>
                  <Table.Cell>{t(`sim.${d.sim}`)}</Table.Cell>
                  <Table.Cell>{lineText(d)}</Table.Cell>
                  <Table.Cell justify="end">{format.gb(d.monthlyGB)}</Table.Cell>
                  <Table.Cell>
                    <RowActions
                      name={d.name}
                      onEdit={() => setEditing({ device: d })}
                      onDelete={() => setDeleting(d)}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </div>
      )}
      <DeviceDialog
        open={editing !== null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        device={editing?.device ?? null}
      />
      <ConfirmDelete
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={t('devices.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('devices.deleteBody')}
        onConfirm={() => {
          if (deleting) void deleteDevice(deleting.id);
        }}
      />
    </section>
  );
}
