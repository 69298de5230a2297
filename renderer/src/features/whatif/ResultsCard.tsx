import { Badge, Callout, Flex, Grid, Heading, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Line } from '@shared/domain/schemas';
import type { Evaluation, LineResult, PlanWarning } from '@shared/engine/types';
import type { HouseholdDraft } from '@shared/planner/draft';
import { differs, warningChanges } from '@shared/planner/evaluate';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { CaptionedTable } from '@renderer/ui/CaptionedTable';
import { formatIsoDate } from '../cycle/dates';
import { useWarningText } from '../cycle/useWarningText';
import { removedOf } from './draftEdits';
import { EditorCard, Marker } from './parts';

type Show = (value: never) => string;

/** One figure now and in the what-if; the what-if's cell is marked when it differs. */
function Pair(props: { now: unknown; next: unknown; show: Show; testId?: string | undefined; removed?: boolean }) {
  const { t } = useTranslation('whatif');
  const changed = props.removed === true || differs(props.now as number, props.next as number);
  return (
    <>
      <Table.Cell className="dp-num">{props.show(props.now as never)}</Table.Cell>
      <Table.Cell className={`dp-num${changed ? ' dp-changed' : ''}`}>
        {props.removed ? (
          <Marker>{t('removed')}</Marker>
        ) : (
          <span data-testid={props.testId}>{props.show(props.next as never)}</span>
        )}
        {changed && !props.removed ? <span className="dp-visually-hidden"> ({t('results.changed')})</span> : null}
      </Table.Cell>
    </>
  );
}

/** Now and what-if side by side, every difference marked; the warnings that appear or go away. */
export function ResultsCard(props: {
  now: Evaluation | null;
  whatIf: Evaluation | null;
  error: string | null;
  draft: HouseholdDraft;
}) {
  const { now, whatIf, error, draft } = props;
  const { t } = useTranslation('whatif');
  const format = useFormat();
  const stored = useStore((s) => s.lines);
  const nowById = new Map((now?.lines ?? []).map((l) => [l.id, l]));
  const nextById = new Map((whatIf?.lines ?? []).map((l) => [l.id, l]));
  const gb = (v: number | null | undefined) => (v === null || v === undefined ? '—' : format.gb(v));
  const date = (v: string | null | undefined) =>
    v === null || v === undefined ? t('results.never') : formatIsoDate(v, format.locale);
  const price = (c: Evaluation['cost'] | undefined) => (c ? format.price(c.monthly) : t('results.unknown'));
  const rows: { line: Line; removed: boolean }[] = [
    ...draft.lines.map((line) => ({ line, removed: false })),
    ...removedOf(stored, draft.removeLineIds).map((line) => ({ line, removed: true })),
  ];

  return (
    <EditorCard heading={t('results.heading')}>
      {error ? (
        <Callout.Root color="amber">
          <Callout.Text>{t('invalid', { reason: error })}</Callout.Text>
        </Callout.Root>
      ) : null}
      <CaptionedTable caption={t('results.caption')} size="1">
        <Table.Header>
          <Table.Row>
            {(
              [
                'line',
                'budgetNow',
                'budgetWhatIf',
                'forecastNow',
                'forecastWhatIf',
                'runsOutNow',
                'runsOutWhatIf',
              ] as const
            ).map((key) => (
              <Table.ColumnHeaderCell key={key}>{t(`results.${key}`)}</Table.ColumnHeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map(({ line, removed }) => {
            const a: LineResult | undefined = nowById.get(line.id);
            const b: LineResult | undefined = removed ? undefined : nextById.get(line.id);
            return (
              <Table.Row key={line.id}>
                <Table.RowHeaderCell>{line.name}</Table.RowHeaderCell>
                <Pair
                  now={a?.budgetGB}
                  next={b?.budgetGB}
                  show={gb}
                  removed={removed}
                  testId={`whatif-line-budget-${line.id}`}
                />
                <Pair now={a?.forecastGB} next={b?.forecastGB} show={gb} removed={removed} />
                <Pair now={a?.exhaustsOn} next={b?.exhaustsOn} show={date} removed={removed} />
              </Table.Row>
            );
          })}
          {now?.pool || whatIf?.pool ? (
            <Table.Row>
              <Table.RowHeaderCell>{t('results.pool')}</Table.RowHeaderCell>
              <Pair now={now?.pool?.sizeGB} next={whatIf?.pool?.sizeGB} show={gb} />
              <Pair now={now?.pool?.forecastGB} next={whatIf?.pool?.forecastGB} show={gb} />
              <Pair now={now?.pool?.exhaustsOn} next={whatIf?.pool?.exhaustsOn} show={date} />
            </Table.Row>
          ) : null}
        </Table.Body>
      </CaptionedTable>
      <Flex gap="4" wrap="wrap">
        <Text size="2">
          {t('results.costNow')}: <strong className="dp-nowrap">{price(now?.cost)}</strong>
        </Text>
        <Text size="2" className={differs(now?.cost?.monthly, whatIf?.cost?.monthly) ? 'dp-changed' : undefined}>
          {t('results.costWhatIf')}: <strong className="dp-nowrap">{price(whatIf?.cost)}</strong>
        </Text>
      </Flex>
      <WarningChanges now={now?.warnings ?? []} whatIf={whatIf?.warnings ?? []} lines={[...draft.lines, ...stored]} />
    </EditorCard>
  );
}

function WarningChanges(props: { now: PlanWarning[]; whatIf: PlanWarning[]; lines: Line[] }) {
  const { t } = useTranslation('whatif');
  const warningText = useWarningText();
  const changes = warningChanges(props.now, props.whatIf);
  const lineName = (id: string) => props.lines.find((l) => l.id === id)?.name ?? '';
  if (changes.appeared.length === 0 && changes.disappeared.length === 0) {
    return (
      <Text size="2" color="gray">
        {t('results.noWarningChanges')}
      </Text>
    );
  }
  return (
    <Grid columns={{ initial: '1', sm: '2' }} gap="3">
      {(['appeared', 'disappeared'] as const).map((kind) =>
        changes[kind].length > 0 ? (
          <Flex direction="column" gap="1" key={kind}>
            <Heading as="h4" size="2">
              {t(`results.${kind}`)}
            </Heading>
            <ul className="dp-plain-list">
              {changes[kind].map((w) => (
                <li key={`${w.code}-${w.line}-${w.device}`}>
                  <Badge color={kind === 'appeared' ? 'red' : 'green'} mr="2">
                    {kind === 'appeared' ? '+' : '−'}
                  </Badge>
                  <Text size="2">
                    {warningText(w).title}
                    {w.line ? ` (${lineName(w.line)})` : ''}
                  </Text>
                </li>
              ))}
            </ul>
          </Flex>
        ) : null,
      )}
    </Grid>
  );
}
