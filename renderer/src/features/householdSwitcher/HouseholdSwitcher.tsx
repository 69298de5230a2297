import { Button, DropdownMenu } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { ConfirmDelete } from '@renderer/ui/ConfirmDelete';
import { HouseholdNameDialog } from './HouseholdNameDialog';

type OpenDialog = 'create' | 'rename' | 'delete' | null;

/** Which household is shown, and creating, renaming and deleting households. */
export function HouseholdSwitcher() {
  const { t } = useTranslation('common');
  const households = useStore((s) => s.households);
  const activeId = useStore((s) => s.activeHouseholdId);
  const select = useStore((s) => s.selectHousehold);
  const remove = useStore((s) => s.deleteHousehold);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const active = households.find((h) => h.id === activeId);
  const name = active?.name ?? t('households.noneSelected');

  return (
    <>
      {/* Not modal: the dialogs it opens manage focus and pointer capture themselves. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger>
          <Button variant="soft" color="gray" aria-label={t('households.switcherLabel', { name })}>
            {name}
            <DropdownMenu.TriggerIcon />
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content>
          {households.length > 0 ? (
            <>
              <DropdownMenu.Label>{t('households.listLabel')}</DropdownMenu.Label>
              <DropdownMenu.RadioGroup value={activeId ?? ''} onValueChange={(id) => void select(id)}>
                {households.map((h) => (
                  <DropdownMenu.RadioItem key={h.id} value={h.id}>
                    {h.name}
                  </DropdownMenu.RadioItem>
                ))}
              </DropdownMenu.RadioGroup>
              <DropdownMenu.Separator />
            </>
          ) : null}
          <DropdownMenu.Item onSelect={() => setDialog('create')}>{t('households.new')}</DropdownMenu.Item>
          {active ? (
            <>
              <DropdownMenu.Item onSelect={() => setDialog('rename')}>{t('households.rename')}</DropdownMenu.Item>
              <DropdownMenu.Item color="red" onSelect={() => setDialog('delete')}>
                {t('households.delete')}
              </DropdownMenu.Item>
            </>
          ) : null}
        </DropdownMenu.Content>
      </DropdownMenu.Root>

      <HouseholdNameDialog
        open={dialog === 'create' || dialog === 'rename'}
        onOpenChange={(open) => setDialog(open ? dialog : null)}
        household={dialog === 'rename' ? active : undefined}
      />
      {active ? (
        <ConfirmDelete
          open={dialog === 'delete'}
          onOpenChange={(open) => setDialog(open ? 'delete' : null)}
          title={t('households.deleteTitle', { name: active.name })}
          body={t('households.deleteBody')}
          onConfirm={() => void remove(active.id)}
        />
      ) : null}
    </>
  );
}
