import { zodResolver } from '@hookform/resolvers/zod';
import { Flex } from '@radix-ui/themes';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '@shared/api/contract';
import { localizedIssue, fieldMessage } from '@renderer/i18n/validation';
import { useStore } from '@renderer/store';
import { DialogFormFooter } from '@renderer/ui/DialogFormFooter';
import { FormDialog } from '@renderer/ui/FormDialog';
import { TextFormField } from '@renderer/ui/TextFormField';
import { useSubmitError } from '@renderer/ui/useSubmitError';

const NameFormSchema = api['households.create'].input;
type NameForm = { name: string };

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
  const form = useForm<NameForm>({
    resolver: zodResolver(NameFormSchema, { error: localizedIssue }),
    defaultValues: { name: household?.name ?? '' },
  });
  const submitError = useSubmitError(form.setError, '');
  const nameError = fieldMessage(form.formState.errors.name?.message);

  const onSubmit = form.handleSubmit(({ name }) =>
    submitError.attempt(async () => {
      if (household) await rename(household.id, name);
      else await create(name);
      onDone();
    }),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Flex direction="column" gap="3">
        <TextFormField
          id="household-name"
          label={t('households.nameLabel')}
          error={nameError}
          autoComplete="off"
          {...form.register('name')}
        />
        <DialogFormFooter error={submitError.error} submitting={form.formState.isSubmitting} />
      </Flex>
    </form>
  );
}
