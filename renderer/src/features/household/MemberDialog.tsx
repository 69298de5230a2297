import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Dialog, Flex, TextField } from '@radix-ui/themes';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MemberInputSchema, MemberRoleSchema, type Member, type MemberInput } from '../../../../shared/domain/schemas';
import { fieldMessage, localizedIssue } from '../../i18n/validation';
import { useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { describedBy, FormField } from '../../ui/FormField';
import { SelectControl } from '../../ui/SelectControl';
import { useSubmitError } from '../../ui/useSubmitError';

/** Add a member (`member` null) or edit one. */
export function MemberDialog(props: { open: boolean; onOpenChange(open: boolean): void; member: Member | null }) {
  const { t } = useTranslation('household');
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Content maxWidth="440px">
        <Dialog.Title>{props.member ? t('members.editTitle') : t('members.addTitle')}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {t('members.description')}
        </Dialog.Description>
        <MemberForm member={props.member} onDone={() => props.onOpenChange(false)} />
      </Dialog.Content>
    </Dialog.Root>
  );
}

function MemberForm({ member, onDone }: { member: Member | null; onDone(): void }) {
  const { t } = useTranslation(['household', 'common']);
  const createMember = useStore((s) => s.createMember);
  const updateMember = useStore((s) => s.updateMember);
  const form = useForm<MemberInput>({
    resolver: zodResolver(MemberInputSchema, { error: localizedIssue }),
    defaultValues: member ? { name: member.name, role: member.role } : { name: '', role: 'adult' },
  });
  const submitError = useSubmitError(form.setError, 'member');
  const errors = form.formState.errors;
  const nameError = fieldMessage(errors.name?.message);
  const roleError = fieldMessage(errors.role?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    try {
      if (member) await updateMember({ ...values, id: member.id });
      else await createMember(values);
      onDone();
    } catch (err) {
      submitError.handle(err);
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Flex direction="column" gap="3">
        <FormField id="member-name" label={t('fields.memberName')} error={nameError}>
          <TextField.Root
            id="member-name"
            autoComplete="off"
            placeholder={t('fields.memberNamePlaceholder')}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={describedBy('member-name', undefined, nameError)}
            {...form.register('name')}
          />
        </FormField>
        <FormField id="member-role" label={t('fields.role')} error={roleError}>
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <SelectControl
                id="member-role"
                value={field.value}
                onChange={field.onChange}
                options={MemberRoleSchema.options.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                describedBy={describedBy('member-role', undefined, roleError)}
                invalid={Boolean(roleError)}
              />
            )}
          />
        </FormField>
        {submitError.error ? <ApiErrorCallout error={submitError.error} /> : null}
        <Flex gap="3" justify="end" mt="2">
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray">
              {t('common:actions.cancel')}
            </Button>
          </Dialog.Close>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('common:actions.save')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
