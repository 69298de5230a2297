import { Badge, Flex, Table } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@renderer/i18n/format';
import { useShallow, useStore } from '@renderer/store';
import { EntitySection } from '@renderer/ui/EntitySection';
import { selectMemberNames } from '../household/selectors';
import { LineForm } from './LineDialog';

export function LinesSection() {
  const { t } = useTranslation('planAndLines');
  const format = useFormat();
  const lines = useStore((s) => s.lines);
  const planKind = useStore((s) => s.plan?.kind ?? null);
  const hasTiers = useStore((s) => (s.plan?.tiers.length ?? 0) > 0);
  const memberNames = useStore(useShallow(selectMemberNames));
  const deleteLine = useStore((s) => s.deleteLine);

  const showPoolControls = planKind !== 'per-line';
  const showDataAllowance = planKind !== 'pool';

  return (
    <EntitySection
      headingId="lines-heading"
      text={(key, values) => t(`lines.${key}`, values)}
      rows={lines}
      columns={
        <>
          <Table.ColumnHeaderCell>{t('lines.columns.name')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('lines.columns.member')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell justify="end">{t('lines.columns.capGB')}</Table.ColumnHeaderCell>
          {showPoolControls ? (
            <>
              <Table.ColumnHeaderCell justify="end">{t('lines.columns.floorGB')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell justify="end">{t('lines.columns.weight')}</Table.ColumnHeaderCell>
            </>
          ) : null}
          {showDataAllowance ? (
            <Table.ColumnHeaderCell justify="end">{t('lines.columns.dataGB')}</Table.ColumnHeaderCell>
          ) : null}
          <Table.ColumnHeaderCell justify="end">{t('lines.columns.premiumGB')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell justify="end">{t('lines.columns.hotspotGB')}</Table.ColumnHeaderCell>
          {hasTiers ? <Table.ColumnHeaderCell>{t('lines.columns.tier')}</Table.ColumnHeaderCell> : null}
        </>
      }
      cells={(l) => (
        <>
          <Table.RowHeaderCell>
            <Flex gap="2" align="center" wrap="wrap">
              {l.name}
              {l.needsPremium ? <Badge color="amber">{t('lines.needsPremium')}</Badge> : null}
            </Flex>
          </Table.RowHeaderCell>
          <Table.Cell>{l.memberId ? (memberNames.get(l.memberId) ?? '') : t('lines.noMember')}</Table.Cell>
          <Table.Cell justify="end">{l.capGB === null ? t('lines.noCap') : format.gb(l.capGB)}</Table.Cell>
          {showPoolControls ? (
            <>
              <Table.Cell justify="end">{format.gb(l.floorGB)}</Table.Cell>
              <Table.Cell justify="end">{format.number(l.weight)}</Table.Cell>
            </>
          ) : null}
          {showDataAllowance ? <Table.Cell justify="end">{format.gbOrUnlimited(l.dataGB)}</Table.Cell> : null}
          <Table.Cell justify="end">{format.gbOrUnlimited(l.premiumGB)}</Table.Cell>
          <Table.Cell justify="end">{format.gbOrUnlimited(l.hotspotGB)}</Table.Cell>
          {hasTiers ? <Table.Cell>{l.tier ?? t('lines.noTier')}</Table.Cell> : null}
        </>
      )}
      form={(line, onDone) => <LineForm line={line} onDone={onDone} />}
      dialogWidth="560px"
      onDelete={(l) => void deleteLine(l.id)}
    />
  );
}
