import { Button, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { ActionsColumnHeader, CaptionedTable } from './CaptionedTable';

/** One amount of data on one date; `date` as the user reads it. */
export interface DatedEntry {
  id: string;
  date: string;
  usedGB: number;
}

/** Amounts of GB by date, in the order given, each with a Delete button named after it. */
export function DatedEntryList(props: {
  entries: readonly DatedEntry[];
  caption: string;
  dateColumn: string;
  amountColumn: string;
  /** Said instead of the table when there are no entries. */
  empty: string;
  deleteLabel(entry: DatedEntry): string;
  onDelete(id: string): void;
  /** When given, each entry also has a Change button. */
  editLabel?(entry: DatedEntry): string;
  onEdit?(id: string): void;
}) {
  const { t } = useTranslation('common');
  const format = useFormat();
  if (props.entries.length === 0) {
    return (
      <Text size="2" color="gray">
        {props.empty}
      </Text>
    );
  }
  return (
    <CaptionedTable caption={props.caption} size="1">
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{props.dateColumn}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell justify="end">{props.amountColumn}</Table.ColumnHeaderCell>
          <ActionsColumnHeader />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {props.entries.map((entry) => (
          <Table.Row key={entry.id}>
            <Table.RowHeaderCell>{entry.date}</Table.RowHeaderCell>
            <Table.Cell justify="end">{format.gb(entry.usedGB)}</Table.Cell>
            <Table.Cell justify="end">
              {props.onEdit && props.editLabel ? (
                <Button
                  size="1"
                  variant="soft"
                  mr="2"
                  aria-label={props.editLabel(entry)}
                  onClick={() => props.onEdit?.(entry.id)}
                >
                  {t('actions.edit')}
                </Button>
              ) : null}
              <Button
                size="1"
                variant="soft"
                color="red"
                aria-label={props.deleteLabel(entry)}
                onClick={() => props.onDelete(entry.id)}
              >
                {t('actions.delete')}
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </CaptionedTable>
  );
}
