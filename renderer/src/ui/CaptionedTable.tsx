import { Table, VisuallyHidden } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table named for screen readers by a caption the eye does not need (the
 * heading above already says it); on a narrow window it scrolls sideways
 * instead of squeezing its columns.
 */
export function CaptionedTable({
  caption,
  size,
  children,
}: {
  caption: string;
  size?: '1' | '2' | '3';
  children: ReactNode;
}) {
  return (
    <div className="dp-table-scroll">
      <Table.Root variant="surface" size={size}>
        <VisuallyHidden asChild>
          <caption>{caption}</caption>
        </VisuallyHidden>
        {children}
      </Table.Root>
    </div>
  );
}

/** Heads the column of row buttons: blank to the eye, named for screen readers. */
export function ActionsColumnHeader() {
  const { t } = useTranslation('common');
  return (
    <Table.ColumnHeaderCell>
      <VisuallyHidden>{t('actions.actions')}</VisuallyHidden>
    </Table.ColumnHeaderCell>
  );
}
