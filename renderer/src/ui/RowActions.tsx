import { Button, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';

/** Edit and Delete for one table row, named after the row for screen readers ("Edit Mom"). */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit(): void; onDelete(): void }) {
  const { t } = useTranslation('common');
  return (
    <Flex gap="2" justify="end">
      <Button size="1" variant="soft" aria-label={t('actions.editNamed', { name })} onClick={onEdit}>
        {t('actions.edit')}
      </Button>
      <Button size="1" variant="soft" color="red" aria-label={t('actions.deleteNamed', { name })} onClick={onDelete}>
        {t('actions.delete')}
      </Button>
    </Flex>
  );
}
