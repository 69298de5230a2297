import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Dialog, Flex, TextField } from '@radix-ui/themes';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../shared/api/contract';
import { localizedIssue, fieldMessage } from '../../i18n/validation';
import { useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { describedBy, FormField } from '../../ui/FormField';
import { useSubmitError } from '../../ui/useSubmitError';

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
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Content maxWidth="420px">
        <Dialog.Title>{household ? t('households.renameTitle') : t('households.createTitle')}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {household ? t('households.renameDescription') : t('households.createDescription')}
        </Dialog.Description>
        <NameFormBody household={household} onDone={() => props.onOpenChange(false)} />
      </Dialog.Content>
    </Dialog.Root>
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

  const onSubmit = form.handleSubmit(async ({ name }) => {
    submitError.clear();
    try {
      if (household) await rename(household.id, name);
      else await create(name);
      onDone();
    } catch (err) {
      submitError.handle(err);
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Flex direction="column" gap="3">
        <FormField id="household-name" label={t('households.nameLabel')} error={nameError}>
          <TextField.Root
            id="household-name"
            autoComplete="off"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={describedBy('household-name', undefined, nameError)}
            {...form.register('name')}
          />
        </FormField>
        {submitError.error ? <ApiErrorCallout error={submitError.error} /> : null}
        <Flex gap="3" justify="end">
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray">
              {t('actions.cancel')}
            </Button>
          </Dialog.Close>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('actions.save')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
