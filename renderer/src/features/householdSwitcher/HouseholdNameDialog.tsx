import { useTranslation } from 'react-i18next';
import { api } from '@shared/api/contract';
import { fieldMessage } from '@renderer/i18n/validation';
import { useStore } from '@renderer/store';
import { DialogForm, useDialogForm } from '@renderer/ui/DialogForm';
import { FormDialog } from '@renderer/ui/FormDialog';
import { TextFormField } from '@renderer/ui/TextFormField';

const NameFormSchema = api['households.create'].input;

/** Create a household, or rename one (`household` given). */
export function HouseholdNameDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  household?: { id: string; name: string } | undefined;
}) {
  const { t } = useTranslation('common');
  const { household } = props;
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      maxWidth="420px"
      title={household ? t('households.renameTitle') : t('households.createTitle')}
      description={household ? t('households.renameDescription') : t('households.createDescription')}
    >
      <NameFormBody household={household} onDone={() => props.onOpenChange(false)} />
    </FormDialog>
  );
}

function NameFormBody({ household, onDone }: { household?: { id: string; name: string } | undefined; onDone(): void }) {
  const { t } = useTranslation('common');
  const create = useStore((s) => s.createHousehold);
  const rename = useStore((s) => s.renameHousehold);
  const { form, onSubmit, error } = useDialogForm({
    schema: NameFormSchema,
    defaultValues: { name: household?.name ?? '' },
    errorPrefix: '',
    save: ({ name }) => (household ? rename(household.id, name) : create(name)),
    onDone,
  });
  const nameError = fieldMessage(form.formState.errors.name?.message);

  return (
    <DialogForm onSubmit={onSubmit} error={error} submitting={form.formState.isSubmitting}>
      <TextFormField
        id="household-name"
        label={t('households.nameLabel')}
        error={nameError}
        autoComplete="off"
        {...form.register('name')}
      />
    </DialogForm>
  );
}
