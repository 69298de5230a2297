import { CheckboxGroup, Flex, Text } from '@radix-ui/themes';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DeviceInputSchema, DeviceKindSchema, SimSchema, type Device, type DeviceInput } from '@shared/domain/schemas';
import { useStore } from '@renderer/store';
import { AmountFormField } from '@renderer/ui/AmountFormField';
import { DialogForm, useDialogForm } from '@renderer/ui/DialogForm';
import { fieldErrorsOf } from '@renderer/ui/fieldErrors';
import { FieldErrorText } from '@renderer/ui/FormField';
import { nullableSelect } from '@renderer/ui/nullableSelect';
import { numberOrUndefined } from '@renderer/ui/numberInput';
import { SelectFormField } from '@renderer/ui/SelectFormField';
import { TextFormField } from '@renderer/ui/TextFormField';

function defaultsOf(device: Device | null): Partial<DeviceInput> {
  if (!device) return { name: '', kind: 'phone', ownerId: null, sim: 'esim', lineId: null, hotspotFrom: [] };
  const { id: _id, ...input } = device;
  return input;
}

/** Adds a device (`device` null) or edits one; `onDone` once saved. */
export function DeviceForm({ device, onDone }: { device: Device | null; onDone(): void }) {
  const { t } = useTranslation('household');
  const members = useStore((s) => s.members);
  const lines = useStore((s) => s.lines);
  const createDevice = useStore((s) => s.createDevice);
  const updateDevice = useStore((s) => s.updateDevice);
  const { form, onSubmit, error } = useDialogForm<DeviceInput, DeviceInput>({
    schema: DeviceInputSchema,
    defaultValues: defaultsOf(device),
    errorPrefix: 'device',
    save: (values) => (device ? updateDevice(device.id, values) : createDevice(values)),
    onDone,
  });
  const errorOf = fieldErrorsOf(form.formState.errors);
  const lineId = useWatch({ control: form.control, name: 'lineId' });

  const memberOptions = members.map((m) => ({ value: m.id, label: m.name }));
  const lineOptions = lines.map((l) => ({ value: l.id, label: l.name }));
  const lineHint = lines.length === 0 ? t('fields.noLinesHint') : t('fields.lineHint');

  return (
    <DialogForm onSubmit={onSubmit} error={error} submitting={form.formState.isSubmitting}>
      <TextFormField
        id="device-name"
        label={t('fields.name')}
        error={errorOf('name')}
        autoComplete="off"
        placeholder={t('fields.deviceNamePlaceholder')}
        {...form.register('name')}
      />
      <Flex gap="3" wrap="wrap">
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <SelectFormField
              id="device-kind"
              label={t('fields.kind')}
              error={errorOf('kind')}
              grow
              value={field.value}
              onChange={field.onChange}
              options={DeviceKindSchema.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
          )}
        />
        <Controller
          control={form.control}
          name="ownerId"
          render={({ field }) => (
            <SelectFormField
              id="device-owner"
              label={t('fields.owner')}
              error={errorOf('ownerId')}
              grow
              {...nullableSelect(field, t('devices.noOwner'), memberOptions)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="sim"
          render={({ field }) => (
            <SelectFormField
              id="device-sim"
              label={t('fields.sim')}
              error={errorOf('sim')}
              grow
              value={field.value}
              onChange={field.onChange}
              options={SimSchema.options.map((s) => ({ value: s, label: t(`sim.${s}`) }))}
            />
          )}
        />
      </Flex>
      <Controller
        control={form.control}
        name="lineId"
        render={({ field }) => {
          const onLineChange = (value: string | null) => {
            field.onChange(value);
            // A device on a line uses that line's data; tethering choices no longer apply.
            if (value !== null) form.setValue('hotspotFrom', []);
          };
          return (
            <SelectFormField
              id="device-line"
              label={t('fields.line')}
              hint={lineHint}
              error={errorOf('lineId')}
              fullWidth
              {...nullableSelect({ value: field.value, onChange: onLineChange }, t('devices.noLine'), lineOptions)}
            />
          );
        }}
      />
      {lineId === null ? (
        <Flex
          direction="column"
          gap="1"
          role="group"
          aria-labelledby="device-hotspot-label"
          aria-describedby="device-hotspot-hint"
        >
          <Text id="device-hotspot-label" size="2" weight="medium">
            {t('fields.hotspotFrom')}
          </Text>
          {lines.length > 0 ? (
            <Controller
              control={form.control}
              name="hotspotFrom"
              render={({ field }) => (
                <CheckboxGroup.Root value={field.value} onValueChange={field.onChange} size="2">
                  {lines.map((l) => (
                    <CheckboxGroup.Item key={l.id} value={l.id}>
                      {l.name}
                    </CheckboxGroup.Item>
                  ))}
                </CheckboxGroup.Root>
              )}
            />
          ) : null}
          <Text id="device-hotspot-hint" size="1" color="gray">
            {lines.length > 0 ? t('fields.hotspotFromHint') : t('fields.hotspotFromNoLines')}
          </Text>
          <FieldErrorText message={errorOf('hotspotFrom')} />
        </Flex>
      ) : null}
      <AmountFormField
        id="device-monthly"
        label={t('fields.monthlyGB')}
        hint={t('fields.monthlyGBHint')}
        error={errorOf('monthlyGB')}
        {...form.register('monthlyGB', { setValueAs: numberOrUndefined })}
      />
    </DialogForm>
  );
}
