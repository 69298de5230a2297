import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MemberInputSchema, MemberRoleSchema, type Member, type MemberInput } from '@shared/domain/schemas';
import { fieldMessage } from '@renderer/i18n/validation';
import { useStore } from '@renderer/store';
import { DialogForm, useDialogForm } from '@renderer/ui/DialogForm';
import { SelectFormField } from '@renderer/ui/SelectFormField';
import { TextFormField } from '@renderer/ui/TextFormField';

/** Adds a member (`member` null) or edits one; `onDone` once saved. */
export function MemberForm({ member, onDone }: { member: Member | null; onDone(): void }) {
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
