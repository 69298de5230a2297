import { Button, Flex, Table, Text, TextField } from '@radix-ui/themes';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Line } from '@shared/domain/schemas';
import { NEW_LINE } from '@shared/domain/defaults';
import type { HouseholdDraft } from '@shared/planner/draft';
import { useStore } from '@renderer/store';
import { AmountInput } from '@renderer/ui/AmountInput';
import { ActionsColumnHeader, CaptionedTable } from '@renderer/ui/CaptionedTable';
import { SelectControl } from '@renderer/ui/SelectControl';
import { nullableSelect } from '@renderer/ui/nullableSelect';
import { removedOf, withLinePatched, withLineRemoved, withLineRestored } from './draftEdits';
import { EditorCard, Marker, RemoveButton, RemovedRow, useEdit } from './parts';

const TERM_COLUMNS = ['dataGB', 'premiumGB', 'hotspotGB'] as const;

/**
 * Each line's cap, floor, weight, tier and terms. Hypothetical lines can be
 * added; any line can be taken out of the what-if and, if it exists, put back.
 */
export function LinesEditor({ draft }: { draft: HouseholdDraft }) {
  const { t } = useTranslation('whatif');
  const edit = useEdit();
  const stored = useStore((s) => s.lines);
  const storedDevices = useStore((s) => s.devices);
  const storedIds = useMemo(() => new Set(stored.map((l) => l.id)), [stored]);
  const removed = removedOf(stored, draft.removeLineIds);
  const tiers = draft.plan?.kind === 'per-line' || (draft.plan?.tiers.length ?? 0) > 0 ? (draft.plan?.tiers ?? []) : [];
  const pool = draft.plan?.kind === 'pool';
  const columns = 2 + (pool ? 2 : 0) + (tiers.length > 0 ? 1 : 0) + TERM_COLUMNS.length;

  return (
    <EditorCard heading={t('lines.heading')}>
      <Text size="2" color="gray">
        {t('lines.removeHint')}
      </Text>
      <CaptionedTable caption={t('lines.caption')} size="1">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('lines.line')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('lines.cap')}</Table.ColumnHeaderCell>
            {pool ? <Table.ColumnHeaderCell>{t('lines.floor')}</Table.ColumnHeaderCell> : null}
            {pool ? <Table.ColumnHeaderCell>{t('lines.weight')}</Table.ColumnHeaderCell> : null}
            {tiers.length > 0 ? <Table.ColumnHeaderCell>{t('lines.tier')}</Table.ColumnHeaderCell> : null}
            {TERM_COLUMNS.map((c) => (
              <Table.ColumnHeaderCell key={c}>{t(`lines.${c}`)}</Table.ColumnHeaderCell>
            ))}
            <ActionsColumnHeader />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {draft.lines.map((line) => (
            <LineRow
              key={line.id}
              line={line}
              hypothetical={!storedIds.has(line.id)}
              pool={pool}
              tierNames={tiers.map((tier) => tier.name)}
              onChange={(patch) => edit((d) => withLinePatched(d, line.id, patch))}
              onRemove={() => edit((d) => withLineRemoved(d, line.id, stored))}
            />
          ))}
          {removed.map((line) => (
            <RemovedRow
              key={line.id}
              name={line.name}
              colSpan={columns}
              restoreLabel={t('lines.restore', { line: line.name })}
              onRestore={() => edit((d) => withLineRestored(d, line.id, stored, storedDevices))}
            />
          ))}
        </Table.Body>
      </CaptionedTable>
      <Button
        variant="soft"
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          edit((d) => {
            const n = d.lines.filter((l) => !storedIds.has(l.id)).length + 1;
            return {
              ...d,
              lines: [...d.lines, { ...NEW_LINE, id: `whatif-line-${Date.now()}`, name: t('lines.newName', { n }) }],
            };
          })
        }
      >
        {t('lines.add')}
      </Button>
    </EditorCard>
  );
}

function LineRow(props: {
  line: Line;
  hypothetical: boolean;
  pool: boolean;
  tierNames: string[];
  onChange(patch: Partial<Line>): void;
  onRemove(): void;
}) {
  const { line, hypothetical, pool, tierNames, onChange } = props;
  const { t } = useTranslation('whatif');
  return (
    <Table.Row>
      <Table.RowHeaderCell>
        <Flex direction="column" gap="1">
          <TextField.Root
            aria-label={t('lines.line')}
            value={line.name}
            onChange={(e) => onChange({ name: e.target.value.slice(0, 80) || line.name })}
            style={{ minWidth: '9em' }}
          />
          {hypothetical ? <Marker>{t('lines.hypothetical')}</Marker> : null}
        </Flex>
      </Table.RowHeaderCell>
      <Table.Cell>
        <AmountInput
          nullable
          label={t('lines.capOf', { line: line.name })}
          placeholder={t('lines.noLimit')}
          value={line.capGB}
          unit="GB"
          testId={`whatif-line-cap-${line.id}`}
          onChange={(v) => onChange({ capGB: v })}
        />
      </Table.Cell>
      {pool ? (
        <Table.Cell>
          <AmountInput
            label={t('lines.floorOf', { line: line.name })}
            value={line.floorGB}
            unit="GB"
            onChange={(v) => onChange({ floorGB: v ?? 0 })}
          />
        </Table.Cell>
      ) : null}
      {pool ? (
        <Table.Cell>
          <Flex align="center" gap="2" style={{ minWidth: '9em' }}>
            <input
              type="range"
              className="dp-range"
              aria-label={t('lines.weightOf', { line: line.name })}
              min={0.25}
              max={4}
              step={0.25}
              value={Math.min(4, Math.max(0.25, line.weight))}
              onChange={(e) => onChange({ weight: Number(e.target.value) })}
            />
            <Text size="1" className="dp-nowrap">
              ×{line.weight}
            </Text>
          </Flex>
        </Table.Cell>
      ) : null}
      {tierNames.length > 0 ? (
        <Table.Cell>
          <SelectControl
            id={`whatif-tier-${line.id}`}
            ariaLabel={t('lines.tierOf', { line: line.name })}
            {...nullableSelect(
              { value: line.tier, onChange: (tier) => onChange({ tier }) },
              t('lines.noTier'),
              tierNames.map((name) => ({ value: name, label: name })),
            )}
          />
        </Table.Cell>
      ) : null}
      {TERM_COLUMNS.map((c) => (
        <Table.Cell key={c}>
          <AmountInput
            nullable
            label={t('lines.termOf', { term: t(`lines.${c}`), line: line.name })}
            placeholder={t('lines.asPlan')}
            value={line[c]}
            unit="GB"
            onChange={(v) => onChange({ [c]: v })}
          />
        </Table.Cell>
      ))}
      <Table.Cell>
        <RemoveButton label={t('lines.remove', { line: line.name })} onClick={props.onRemove} />
      </Table.Cell>
    </Table.Row>
  );
}
