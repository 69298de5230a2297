import { Button } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@renderer/ui/EmptyState';
import { HouseholdNameDialog } from './HouseholdNameDialog';

/** Shown after the last household was deleted. */
export function NoHousehold() {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  return (
    <>
      <EmptyState
        title={t('households.noneTitle')}
        body={t('households.noneBody')}
        action={<Button onClick={() => setOpen(true)}>{t('households.create')}</Button>}
      />
      <HouseholdNameDialog open={open} onOpenChange={setOpen} />
    </>
  );
}
