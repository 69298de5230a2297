import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MemberInputSchema, MemberRoleSchema, type Member, type MemberInput } from '@shared/domain/schemas';
import { fieldMessage } from '@renderer/i18n/validation';
import { useStore } from '@renderer/store';
import { DialogForm, useDialogForm } from '@renderer/ui/DialogForm';
import { FormDialog } from '@renderer/ui/FormDialog';
import { SelectFormField } from '@renderer/ui/SelectFormField';
import { TextFormField } from '@renderer/ui/TextFormField';

/** Add a member (`member` null) or edit one. */
export function MemberDialog(props: { open: boolean; onOpenChange(open: boolean): void; member: Member | null }) {
  const { t } = useTranslation('household');
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      maxWidth="440px"
      title={props.member ? t('members.editTitle') : t('members.addTitle')}
      description={t('members.description')}
    >
      <MemberForm member={props.member} onDone={() => props.onOpenChange(false)} />
    </FormDialog>
  );
}

function MemberForm({ member, onDone }: { member: Member | null; onDone(): void }) {
  const { t } = useTranslation('household');
  const createMember = useStore((s) => s.createMember);
  const updateMember = useStore((s) => s.updateMember);
  const { form, onSubmit, error } = useDialogForm({
    schema: MemberInputSchema,
    defaultValues: member ? { name: member.name, role: member.role } : { name: '', role: 'adult' },
    errorPrefix: 'member',
    save: (values: MemberInput) => (member ? updateMember({ ...values, id: member.id }) : createMember(values)),
    onDone,
  });
  const errors = form.formState.errors;
  const nameError = fieldMessage(errors.name?.message);

  return (
    <DialogForm onSubmit={onSubmit} error={error} submitting={form.formState.isSubmitting}>
      <TextFormField
        id="member-name"
        label={t('fields.memberName')}
        error={nameError}
        autoComplete="off"
        placeholder={t('fields.memberNamePlaceholder')}
        {...form.register('name')}
      />
      <Controller
        control={form.control}
        name="role"
        render={({ field }) => (
          <SelectFormField
            id="member-role"
            label={t('fields.role')}
            error={fieldMessage(errors.role?.message)}
            value={field.value}
            onChange={field.onChange}
            options={MemberRoleSchema.options.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
        )}
      />
    </DialogForm>
  );
}
