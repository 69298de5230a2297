import { Button, Callout, Card, Flex, Heading, Table, Text } from '@radix-ui/themes';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMappingInput, ImportPreview } from '@shared/usage/import/schema';
import { DataUnitSchema } from '@shared/usage/import/schema';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { CaptionedTable } from '@renderer/ui/CaptionedTable';
import { formatIsoDate } from '../cycle/dates';

/** How many readings the preview lists; the commit writes them all. */
const LISTED_READINGS = 100;

/** The file's bytes as base64, in slices so a large file does not overflow the argument list. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Choose a CSV, see what it would write (and what it cannot read), adjust the columns, import. */
export function UsageImportCard() {
  const { t } = useTranslation('usage');
  const state = useStore((s) => s.usageImport);
  const previewFile = useStore((s) => s.previewUsageFile);
  const reportError = useStore((s) => s.reportError);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      await previewFile(file.name, await base64Of(file));
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <Card asChild size="3">
      <section aria-labelledby="usage-import-heading">
        <Heading as="h3" size="4" id="usage-import-heading">
          {t('import.heading')}
        </Heading>
        <Text as="p" size="2" color="gray" mb="3">
          {t('import.intro')}
        </Text>
        <Flex direction="column" gap="3">
          <label htmlFor="usage-import-file">
            <Text size="2" weight="medium">
              {t('import.file')}
            </Text>
          </label>
          <input
            id="usage-import-file"
            data-testid="usage-import-file"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            onChange={(e) => void onFile(e)}
          />
          {state?.status === 'reading' ? (
            <Text size="2" role="status">
              {t('import.reading')}
            </Text>
          ) : null}
          {state?.preview ? <PreviewView preview={state.preview} /> : null}
        </Flex>
      </section>
    </Card>
  );
}

function PreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('usage');
  const format = useFormat();
  const state = useStore((s) => s.usageImport)!;
  const lines = useStore((s) => s.lines);
  const remap = useStore((s) => s.remapUsageImport);
  const commit = useStore((s) => s.commitUsageImport);
  const close = useStore((s) => s.closeUsageImport);
  const lineName = (id: string | null) => lines.find((l) => l.id === id)?.name ?? '';
  const date = (iso: string) => formatIsoDate(iso, format.locale);
  const { mapping } = preview;
  const delimiterName =
    preview.delimiter === ','
      ? t('import.delimiters.comma')
      : preview.delimiter === ';'
        ? t('import.delimiters.semicolon')
        : preview.delimiter === '\t'
          ? t('import.delimiters.tab')
          : t('import.delimiters.other', { delimiter: preview.delimiter });
  const columnOptions = preview.columns.map((c) => ({ value: String(c.index), label: c.header || `#${c.index + 1}` }));
  const busy = state.status === 'reading' || state.status === 'committing';
  const change = (m: Partial<ImportMappingInput>) => void remap(m);
  const columnValue = (v: string) => (v === '' ? null : Number(v));
  const needsColumns = mapping.date === null || mapping.amount === null;
  const needsLine = mapping.line === null && mapping.lineId === null;

  return (
    <Flex direction="column" gap="3" data-testid="usage-import-preview">
      <Text size="2">
        {t('import.summary', {
          rows: format.number(preview.rows),
          encoding: preview.encoding.toUpperCase(),
          delimiter: delimiterName,
        })}
      </Text>
      <Flex gap="3" wrap="wrap">
        <NativeSelect
          id="usage-import-date"
          label={t('import.dateColumn')}
          value={mapping.date === null ? '' : String(mapping.date)}
          options={[{ value: '', label: t('import.noColumn') }, ...columnOptions]}
          disabled={busy}
          onChange={(v) => change({ date: columnValue(v) })}
        />
        <NativeSelect
          id="usage-import-amount"
          label={t('import.amountColumn')}
          value={mapping.amount === null ? '' : String(mapping.amount)}
          options={[{ value: '', label: t('import.noColumn') }, ...columnOptions]}
          disabled={busy}
          onChange={(v) => change({ amount: columnValue(v) })}
        />
        <NativeSelect
          id="usage-import-line"
          label={t('import.lineColumn')}
          value={mapping.line === null ? '' : String(mapping.line)}
          options={[{ value: '', label: t('import.noColumn') }, ...columnOptions]}
          disabled={busy}
          onChange={(v) => change({ line: columnValue(v) })}
        />
        {mapping.line === null ? (
          <NativeSelect
            id="usage-import-line-id"
            label={t('import.lineForFile')}
            value={mapping.lineId ?? ''}
            options={[
              { value: '', label: t('import.chooseLine') },
              ...lines.map((l) => ({ value: l.id, label: l.name })),
            ]}
            disabled={busy}
            onChange={(v) => change({ lineId: v === '' ? null : v })}
          />
        ) : null}
        <NativeSelect
          id="usage-import-kind"
          label={t('import.kindLabel')}
          value={mapping.kind}
          options={(['auto', 'per-record', 'cumulative'] as const).map((k) => ({
            value: k,
            label: t(`import.kinds.${k}`),
          }))}
          disabled={busy}
          onChange={(v) => change({ kind: v as ImportMappingInput['kind'] })}
        />
        <NativeSelect
          id="usage-import-unit"
          label={t('import.unitLabel')}
          value={mapping.unit ?? ''}
          options={[
            { value: '', label: t('import.unitAuto') },
            ...DataUnitSchema.options.map((u) => ({ value: u, label: u })),
          ]}
          disabled={busy}
          onChange={(v) => change({ unit: v === '' ? null : (v as ImportMappingInput['unit']) })}
        />
      </Flex>
      <Text size="2" weight="medium">
        {t('import.detected', { kind: t(`import.kinds.${preview.kind}`) })}
      </Text>
      {needsColumns ? <Warn>{t('import.needsColumns')}</Warn> : needsLine ? <Warn>{t('import.needsLine')}</Warn> : null}

      {preview.matches.length > 0 ? (
        <CaptionedTable caption={t('import.matchesCaption')} size="1">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('import.matchColumns.value')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('import.matchColumns.line')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('import.matchColumns.by')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell justify="end">{t('import.matchColumns.rows')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {preview.matches.map((m) => (
              <Table.Row key={m.value}>
                <Table.RowHeaderCell>{m.value}</Table.RowHeaderCell>
                <Table.Cell>{m.lineId ? lineName(m.lineId) : t('import.noMatch')}</Table.Cell>
                <Table.Cell>{m.by ? t(`import.matchedBy.${m.by}`) : '—'}</Table.Cell>
                <Table.Cell justify="end">{format.number(m.rows)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </CaptionedTable>
      ) : null}

      <Heading as="h4" size="2">
        {t('import.readingsCaption')}
      </Heading>
      {preview.readings.length === 0 ? (
        <Text size="2" color="gray">
          {t('import.noReadings')}
        </Text>
      ) : (
        <CaptionedTable caption={t('import.readingsCaption')} size="1">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('import.readingsColumns.line')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('import.readingsColumns.date')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell justify="end">{t('import.readingsColumns.usedGB')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {preview.readings.slice(0, LISTED_READINGS).map((r) => (
              <Table.Row key={`${r.lineId}|${r.date}`}>
                <Table.RowHeaderCell>{lineName(r.lineId)}</Table.RowHeaderCell>
                <Table.Cell>{date(r.date)}</Table.Cell>
                <Table.Cell justify="end">{format.gb(r.usedGB)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </CaptionedTable>
      )}
      {preview.readings.length > LISTED_READINGS ? (
        <Text size="2">{t('import.moreReadings', { count: preview.readings.length - LISTED_READINGS })}</Text>
      ) : null}

      {preview.skippedTotal > 0 ? (
        <>
          <Heading as="h4" size="2">
            {t('import.skippedCaption')}
          </Heading>
          {preview.skippedTotal > preview.skipped.length ? (
            <Text size="2">
              {t('import.moreSkipped', { count: preview.skippedTotal, shown: preview.skipped.length })}
            </Text>
          ) : null}
          <CaptionedTable caption={t('import.skippedCaption')} size="1">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('import.skippedColumns.row')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('import.skippedColumns.reason')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('import.skippedColumns.value')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {preview.skipped.map((s) => (
                <Table.Row key={`${s.row}|${s.reason}`}>
                  <Table.RowHeaderCell>{s.row}</Table.RowHeaderCell>
                  <Table.Cell>{t(`import.reasons.${s.reason}`)}</Table.Cell>
                  <Table.Cell>{s.value ?? ''}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </CaptionedTable>
        </>
      ) : null}

      {preview.conflicts.length > 0 ? (
        <>
          <Heading as="h4" size="2">
            {t('import.conflictsCaption')}
          </Heading>
          <CaptionedTable caption={t('import.conflictsCaption')} size="1">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('import.conflictColumns.line')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('import.conflictColumns.date')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell justify="end">{t('import.conflictColumns.file')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell justify="end">{t('import.conflictColumns.saved')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('import.conflictColumns.outcome')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {preview.conflicts.map((c) => (
                <Table.Row key={`${c.lineId}|${c.date}`}>
                  <Table.RowHeaderCell>{lineName(c.lineId)}</Table.RowHeaderCell>
                  <Table.Cell>{date(c.date)}</Table.Cell>
                  <Table.Cell justify="end">{format.gb(c.usedGB)}</Table.Cell>
                  <Table.Cell justify="end">{format.gb(c.stored.usedGB)}</Table.Cell>
                  <Table.Cell>
                    {c.kind === 'replaces'
                      ? t('import.replaces')
                      : t('import.outOfOrder', { used: format.gb(c.stored.usedGB), date: date(c.stored.date) })}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </CaptionedTable>
        </>
      ) : null}

      <Flex gap="3" align="center" wrap="wrap">
        {state.status === 'done' && state.result ? (
          <Callout.Root color="green" role="status" size="1">
            <Callout.Text>
              {t('import.done', {
                added: state.result.added,
                replaced: state.result.replaced,
                skipped: state.result.skipped,
              })}
            </Callout.Text>
          </Callout.Root>
        ) : (
          <Button
            data-testid="usage-import-commit"
            disabled={busy || preview.readings.length === 0}
            loading={state.status === 'committing'}
            onClick={() => void commit()}
          >
            {t('import.commit', { count: preview.readings.length })}
          </Button>
        )}
        {state.status === 'committing' ? (
          <progress aria-label={t('import.committing')} max={1} value={state.progress} />
        ) : null}
        <Button variant="soft" color="gray" onClick={close} disabled={state.status === 'committing'}>
          {t('import.close')}
        </Button>
      </Flex>
    </Flex>
  );
}

function Warn({ children }: { children: ReactNode }) {
  return (
    <Callout.Root color="amber" size="1">
      <Callout.Text>{children}</Callout.Text>
    </Callout.Root>
  );
}

/** A plain labelled select: the mapping changes often and must work with keyboard and tests alike. */
function NativeSelect(props: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  disabled: boolean;
  onChange(value: string): void;
}) {
  return (
    <Flex direction="column" gap="1">
      <label htmlFor={props.id}>
        <Text size="2" weight="medium">
          {props.label}
        </Text>
      </label>
      <select
        id={props.id}
        className="dp-native-select"
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Flex>
  );
}
