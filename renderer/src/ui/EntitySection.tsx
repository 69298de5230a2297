import { Button, Flex, Heading, Table } from '@radix-ui/themes';
import { useState, type ReactNode } from 'react';
import { ActionsColumnHeader, CaptionedTable } from './CaptionedTable';
import { ConfirmDelete } from './ConfirmDelete';
import { EmptyState } from './EmptyState';
import { FormDialog } from './FormDialog';
import { RowActions } from './RowActions';

/** The messages an entity section says; each kind keeps them in one block of its namespace. */
export type EntitySectionKey =
  | 'heading'
  | 'add'
  | 'emptyTitle'
  | 'emptyBody'
  | 'deleteTitle'
  | 'deleteBody'
  | 'addTitle'
  | 'editTitle'
  | 'description';

/**
 * One kind of household record (members, devices, lines) as a table: Add opens
 * the form empty in a dialog, Edit opens it on the row, Delete asks first and then
 * deletes (the store offers Undo). An empty list says what belongs in it.
 */
export function EntitySection<Row extends { id: string; name: string }>(props: {
  headingId: string;
  /** One of the section's messages in the page's language; `name` is the row about to be deleted. */
  text(key: EntitySectionKey, values: { name: string }): string;
  rows: readonly Row[];
  /** Column headers, the row header's first; the actions column is added here. */
  columns: ReactNode;
  /** One row's cells, its row header first. */
  cells(row: Row): ReactNode;
  /** The add (`row` null) or edit form, shown in a dialog this wide; `onDone` closes it. */
  form(row: Row | null, onDone: () => void): ReactNode;
  dialogWidth: string;
  onDelete(row: Row): void;
}) {
  const { headingId, text, rows, columns, cells, form, dialogWidth, onDelete } = props;
  const [editing, setEditing] = useState<{ row: Row | null } | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const say = (key: EntitySectionKey) => text(key, { name: deleting?.name ?? '' });

  const addButton = <Button onClick={() => setEditing({ row: null })}>{say('add')}</Button>;

  return (
    <section aria-labelledby={headingId}>
      <Flex justify="between" align="center" mb="3" gap="3" wrap="wrap">
        <Heading as="h3" size="4" id={headingId}>
          {say('heading')}
        </Heading>
        {rows.length > 0 ? addButton : null}
      </Flex>
      {rows.length === 0 ? (
        <EmptyState title={say('emptyTitle')} body={say('emptyBody')} action={addButton} />
      ) : (
        <CaptionedTable caption={say('heading')}>
          <Table.Header>
            <Table.Row>
              {columns}
              <ActionsColumnHeader />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.id}>
                {cells(row)}
                <Table.Cell>
                  <RowActions name={row.name} onEdit={() => setEditing({ row })} onDelete={() => setDeleting(row)} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </CaptionedTable>
      )}
      <FormDialog
        open={editing !== null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        maxWidth={dialogWidth}
        title={say(editing?.row ? 'editTitle' : 'addTitle')}
        description={say('description')}
      >
        {form(editing?.row ?? null, () => setEditing(null))}
      </FormDialog>
      <ConfirmDelete
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={say('deleteTitle')}
        body={say('deleteBody')}
        onConfirm={() => {
          if (deleting) onDelete(deleting);
        }}
      />
    </section>
  );
}
