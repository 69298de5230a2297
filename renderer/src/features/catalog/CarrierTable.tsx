import { Badge, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { ActionsColumnHeader, CaptionedTable } from '@renderer/ui/CaptionedTable';
import { LinkButton } from '@renderer/ui/LinkButton';
import { NetworkText } from './NetworkText';
import { carrierHref } from './useCatalogSelection';
import { lastVerified } from './selectors';
import { useFactFormat } from './useFactFormat';

/** Every carrier at a glance: network, how lines share data, eSIM, when last verified, the user's changes. */
export function CarrierTable() {
  const { t } = useTranslation(['catalog', 'common']);
  const format = useFactFormat();
  const catalog = useStore((s) => s.catalog);
  return (
    <CaptionedTable caption={t('table.caption')}>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{t('table.name')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('table.network')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('table.sharing')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('table.esim')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('table.verified')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('table.changes')}</Table.ColumnHeaderCell>
          <ActionsColumnHeader />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {catalog.map(({ carrier, builtin, changedPaths }) => {
          const verified = lastVerified(carrier);
          const sharing = carrier.account.sharing.value;
          const esim = carrier.esim.value;
          return (
            <Table.Row key={carrier.id}>
              <Table.RowHeaderCell>{carrier.name}</Table.RowHeaderCell>
              <Table.Cell>
                <NetworkText carrier={carrier} builtin={builtin !== null} />
              </Table.Cell>
              <Table.Cell>
                {sharing === null ? <Text color="amber">{t('values.unknown')}</Text> : format.sharingLabel(sharing)}
              </Table.Cell>
              <Table.Cell>
                {esim === null ? (
                  <Text color="amber">{t('values.unknown')}</Text>
                ) : esim ? (
                  t('values.yes')
                ) : (
                  t('values.no')
                )}
              </Table.Cell>
              <Table.Cell>{verified ? format.date(verified) : t('values.unknown')}</Table.Cell>
              <Table.Cell>
                {changedPaths.length > 0 ? (
                  <Badge color="blue">{t('changes.count', { count: changedPaths.length })}</Badge>
                ) : (
                  <Text color="gray">{t('changes.none')}</Text>
                )}
              </Table.Cell>
              <Table.Cell>
                <LinkButton href={carrierHref(carrier.id)} size="1" variant="soft">
                  {t('common:actions.editNamed', { name: carrier.name })}
                </LinkButton>
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </CaptionedTable>
  );
}
