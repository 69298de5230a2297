import { Badge, Button, Flex, Heading, Table, VisuallyHidden } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Line } from '../../../../shared/domain/schemas';
import { useFormat } from '../../i18n/format';
import { useShallow, useStore } from '../../store';
import { ConfirmDelete } from '../../ui/ConfirmDelete';
import { EmptyState } from '../../ui/EmptyState';
import { RowActions } from '../../ui/RowActions';
import { selectMemberNames } from '../household/selectors';
import { LineDialog } from './LineDialog';

export function LinesSection() {
  const { t } = useTranslation(['plans', 'common']);
  const format = useFormat();
  const lines = useStore((s) => s.lines);
  const planKind = useStore((s) => s.plan?.kind ?? null);
  const hasTiers = useStore((s) => (s.plan?.tiers.length ?? 0) > 0);
  const memberNames = useStore(useShallow(selectMemberNames));
  const deleteLine = useStore((s) => s.deleteLine);
  const [editing, setEditing] = useState<{ line: Line | null } | null>(null);
  const [deleting, setDeleting] = useState<Line | null>(null);

  const showPoolControls = planKind !== 'per-line';
  const showDataAllowance = planKind !== 'pool';
  const addButton = <Button onClick={() => setEditing({ line: null })}>{t('lines.add')}</Button>;

  return (
    <section aria-labelledby="lines-heading">
      <Flex justify="between" align="center" mb="3" gap="3" wrap="wrap">
        <Heading as="h3" size="4" id="lines-heading">
          {t('lines.heading')}
        </Heading>
        {lines.length > 0 ? addButton : null}
      </Flex>
      {lines.length === 0 ? (
        <EmptyState title={t('lines.emptyTitle')} body={t('lines.emptyBody')} action={addButton} />
      ) : (
        <div className="dp-table-scroll">
          <Table.Root variant="surface">
            <VisuallyHidden asChild>
              <caption>{t('lines.heading')}</caption>
            </VisuallyHidden>
            <Table.Header>
              <Table.Row>
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
                <Table.ColumnHeaderCell>
                  <VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden>
                </Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lines.map((l) => (
                <Table.Row key={l.id}>
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
                  <Table.Cell>
                    <RowActions name={l.name} onEdit={() => setEditing({ line: l })} onDelete={() => setDeleting(l)} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </div>
      )}
      <LineDialog
        open={editing !== null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        line={editing?.line ?? null}
      />
      <ConfirmDelete
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={t('lines.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('lines.deleteBody')}
        onConfirm={() => {
          if (deleting) void deleteLine(deleting.id);
        }}
      />
    </section>
  );
}
