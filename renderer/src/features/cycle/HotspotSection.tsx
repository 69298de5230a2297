import { Badge, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';
import { useShallow, useStore } from '@renderer/store';
import { selectLineNames } from '../household/selectors';
import { TableSection } from './TableSection';

/** Where each tethering device is assigned: its host line, or that none can take it. */
export function HotspotSection({
  assignments,
  overflowGB,
  exact = true,
}: {
  assignments: Evaluation['hotspot'];
  overflowGB: number;
  /** False when the search ran out of time and this is the best assignment found, not a proven best. */
  exact?: boolean;
}) {
  const { t } = useTranslation('cycle');
  const format = useFormat();
  const lineNames = useStore(useShallow(selectLineNames));
  const devices = useStore((s) => s.devices);
  if (assignments.length === 0) return null;

  return (
    <TableSection
      headingId="plan-hotspot-heading"
      heading={t('hotspot.heading')}
      intro={t('hotspot.intro')}
      caption={t('hotspot.caption')}
      table={
        <>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('hotspot.columns.device')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hotspot.columns.host')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell justify="end">{t('hotspot.columns.monthly')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {assignments.map((a) => {
              const device = devices.find((d) => d.id === a.device);
              return (
                <Table.Row key={a.device}>
                  <Table.RowHeaderCell>{device?.name ?? t('warnings.unknownDevice')}</Table.RowHeaderCell>
                  <Table.Cell>
                    {a.host === null ? (
                      <Badge color="red">{t('hotspot.noHost')}</Badge>
                    ) : (
                      (lineNames.get(a.host) ?? t('warnings.unknownLine'))
                    )}
                  </Table.Cell>
                  <Table.Cell justify="end">{device ? format.gb(device.monthlyGB) : null}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </>
      }
    >
      {overflowGB >= 0.005 ? (
        <Text as="p" size="2" color="amber" mt="2">
          {t('hotspot.overflow', { gb: format.gb(overflowGB) })}
        </Text>
      ) : null}
      {exact ? null : (
        <Text as="p" size="2" color="gray" mt="2">
          {t('hotspot.bestFound')}
        </Text>
      )}
    </TableSection>
  );
}
