import { Badge, Button, Table, Text, VisuallyHidden } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
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
    <div className="dp-table-scroll">
      <Table.Root variant="surface">
        <VisuallyHidden asChild>
          <caption>{t('table.caption')}</caption>
        </VisuallyHidden>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('table.name')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('table.network')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('table.sharing')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('table.esim')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('table.verified')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('table.changes')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>
              <VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden>
            </Table.ColumnHeaderCell>
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
                  <Button asChild size="1" variant="soft">
                    <a href={carrierHref(carrier.id)}>{t('common:actions.editNamed', { name: carrier.name })}</a>
                  </Button>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table.Root>
    </div>
  );
}
