import { Table } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Device } from '@shared/domain/schemas';
import { useFormat } from '@renderer/i18n/format';
import { useShallow, useStore } from '@renderer/store';
import { EntitySection } from '@renderer/ui/EntitySection';
import { DeviceForm } from './DeviceDialog';
import { selectLineNames, selectMemberNames } from './selectors';
import { formatList } from '@shared/i18n/list';

export function DevicesSection() {
  const { t } = useTranslation('household');
  const format = useFormat();
  const devices = useStore((s) => s.devices);
  const memberNames = useStore(useShallow(selectMemberNames));
  const lineNames = useStore(useShallow(selectLineNames));
  const deleteDevice = useStore((s) => s.deleteDevice);

  const lineText = (d: Device): string => {
    if (d.lineId) return lineNames.get(d.lineId) ?? t('devices.noLine');
    if (d.hotspotFrom.length > 0) {
      const hosts = d.hotspotFrom.map((id) => lineNames.get(id) ?? id);
      return t('devices.tethersTo', {
        lines: formatList(hosts, format.locale, 'disjunction'),
      });
    }
    return t('devices.wifiOnly');
  };

  return (
    <EntitySection
      headingId="devices-heading"
      text={(key, values) => t(`devices.${key}`, values)}
      rows={devices}
      columns={
        <>
          <Table.ColumnHeaderCell>{t('devices.columns.name')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('devices.columns.kind')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('devices.columns.owner')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('devices.columns.sim')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('devices.columns.line')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell justify="end">{t('devices.columns.monthlyGB')}</Table.ColumnHeaderCell>
        </>
      }
      cells={(d) => (
        <>
          <Table.RowHeaderCell>{d.name}</Table.RowHeaderCell>
          <Table.Cell>{t(`kind.${d.kind}`)}</Table.Cell>
          <Table.Cell>{d.ownerId ? (memberNames.get(d.ownerId) ?? '') : t('devices.noOwner')}</Table.Cell>
          <Table.Cell>{t(`sim.${d.sim}`)}</Table.Cell>
          <Table.Cell>{lineText(d)}</Table.Cell>
          <Table.Cell justify="end">{format.gb(d.monthlyGB)}</Table.Cell>
        </>
      )}
      form={(device, onDone) => <DeviceForm device={device} onDone={onDone} />}
      dialogWidth="520px"
      onDelete={(d) => void deleteDevice(d.id)}
    />
  );
}
