import { Button, Checkbox, Flex, Table, Text } from '@radix-ui/themes';
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device, Line } from '@shared/domain/schemas';
import type { HouseholdDraft } from '@shared/planner/draft';
import { useStore } from '@renderer/store';
import { AmountInput } from '@renderer/ui/AmountInput';
import { ActionsColumnHeader, CaptionedTable } from '@renderer/ui/CaptionedTable';
import { SelectControl } from '@renderer/ui/SelectControl';
import { nullableSelect } from '@renderer/ui/nullableSelect';
import {
  removedOf,
  withDeviceOnLine,
  withDevicePatched,
  withDeviceRemoved,
  withDeviceRestored,
  withTether,
} from './draftEdits';
import { EditorCard, Marker, RemoveButton, RemovedRow, useEdit } from './parts';

/**
 * Which line each device is on, how much it uses, and where it may tether:
 * drag it onto a line, or (keyboard) tick the line. Any device can be taken
 * out of the what-if and, if it exists, put back.
 */
export function DevicesEditor({ draft }: { draft: HouseholdDraft }) {
  const { t } = useTranslation('whatif');
  const edit = useEdit();
  const stored = useStore((s) => s.devices);
  const storedIds = useMemo(() => new Set(stored.map((d) => d.id)), [stored]);
  const removed = removedOf(stored, draft.removeDeviceIds);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const onDrop = (lineId: string) => (event: DragEvent) => {
    event.preventDefault();
    setDropTarget(null);
    const deviceId = event.dataTransfer.getData('text/plain');
    edit((d) => withTether(d, deviceId, lineId, true));
  };

  return (
    <EditorCard heading={t('devices.heading')}>
      <Text size="2">{t('devices.intro')}</Text>
      <CaptionedTable caption={t('devices.caption')} size="1">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('devices.device')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('devices.line')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('devices.monthlyGB')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('devices.tethers')}</Table.ColumnHeaderCell>
            <ActionsColumnHeader />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {draft.devices.map((device) => (
            <DeviceRow
              key={device.id}
              device={device}
              lines={draft.lines}
              hypothetical={!storedIds.has(device.id)}
              onRemove={() => edit((d) => withDeviceRemoved(d, device.id, stored))}
            />
          ))}
          {removed.map((device) => (
            <RemovedRow
              key={device.id}
              name={device.name}
              colSpan={4}
              restoreLabel={t('devices.restore', { device: device.name })}
              onRestore={() => edit((d) => withDeviceRestored(d, device.id, stored))}
            />
          ))}
        </Table.Body>
      </CaptionedTable>
      <Text size="1" color="gray">
        {t('devices.dropZones')}
      </Text>
      <Flex gap="2" wrap="wrap">
        {draft.lines.map((l) => (
          <div
            key={l.id}
            className={`dp-drop-zone${dropTarget === l.id ? ' dp-drop-zone-active' : ''}`}
            data-testid={`whatif-drop-${l.id}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDropTarget(l.id);
            }}
            onDragLeave={() => setDropTarget(null)}
            onDrop={onDrop(l.id)}
          >
            {t('devices.dropOn', { line: l.name })}
          </div>
        ))}
      </Flex>
      <Button
        variant="soft"
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          edit((d) => {
            const n = d.devices.filter((x) => !storedIds.has(x.id)).length + 1;
            const device: Device = {
              id: `whatif-device-${Date.now()}`,
              name: t('devices.newName', { n }),
              kind: 'tablet',
              ownerId: null,
              sim: 'none',
              lineId: null,
              monthlyGB: 2,
              hotspotFrom: [],
            };
            return { ...d, devices: [...d.devices, device] };
          })
        }
      >
        {t('devices.add')}
      </Button>
    </EditorCard>
  );
}

function DeviceRow(props: { device: Device; lines: Line[]; hypothetical: boolean; onRemove(): void }) {
  const { device, lines } = props;
  const { t } = useTranslation('whatif');
  const edit = useEdit();
  return (
    <Table.Row>
      <Table.RowHeaderCell>
        <Flex gap="2" align="center" wrap="wrap">
          <span
            className="dp-drag-chip"
            draggable
            title={t('devices.dragHint', { device: device.name })}
            onDragStart={(e) => {
              e.dataTransfer.setData('text/plain', device.id);
              e.dataTransfer.effectAllowed = 'link';
            }}
          >
            {device.name}
          </span>
          {props.hypothetical ? <Marker>{t('lines.hypothetical')}</Marker> : null}
        </Flex>
      </Table.RowHeaderCell>
      <Table.Cell>
        <SelectControl
          id={`whatif-device-line-${device.id}`}
          ariaLabel={t('devices.lineOf', { device: device.name })}
          {...nullableSelect(
            { value: device.lineId, onChange: (lineId) => edit((d) => withDeviceOnLine(d, device.id, lineId)) },
            t('devices.noLine'),
            lines.map((l) => ({ value: l.id, label: l.name })),
          )}
        />
      </Table.Cell>
      <Table.Cell>
        <AmountInput
          label={t('devices.monthlyOf', { device: device.name })}
          value={device.monthlyGB}
          unit="GB"
          onChange={(v) => edit((d) => withDevicePatched(d, device.id, { monthlyGB: v ?? 0 }))}
        />
      </Table.Cell>
      <Table.Cell>
        <Flex gap="3" wrap="wrap">
          {lines.map((l) => (
            <Text as="label" size="1" key={l.id} className="dp-nowrap">
              <Flex gap="1" align="center">
                <Checkbox
                  checked={device.hotspotFrom.includes(l.id)}
                  onCheckedChange={(c) => edit((d) => withTether(d, device.id, l.id, c === true))}
                  aria-label={t('devices.tetherTo', { device: device.name, line: l.name })}
                />
                {l.name}
              </Flex>
            </Text>
          ))}
        </Flex>
      </Table.Cell>
      <Table.Cell>
        <RemoveButton label={t('devices.remove', { device: device.name })} onClick={props.onRemove} />
      </Table.Cell>
    </Table.Row>
  );
}
