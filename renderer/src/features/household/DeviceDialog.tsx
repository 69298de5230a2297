import { zodResolver } from '@hookform/resolvers/zod';
import { Button, CheckboxGroup, Dialog, Flex, Text, TextField } from '@radix-ui/themes';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DeviceInputSchema,
  DeviceKindSchema,
  SimSchema,
  type Device,
  type DeviceInput,
} from '../../../../shared/domain/schemas';
import { fieldMessage, localizedIssue } from '../../i18n/validation';
import { useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { describedBy, FormField } from '../../ui/FormField';
import { numberOrUndefined } from '../../ui/numberInput';
import { SelectControl } from '../../ui/SelectControl';
import { useSubmitError } from '../../ui/useSubmitError';

/** Radix Select items cannot be "": this stands for null (no owner, no line). */
const NONE = '__none__';

/** Add a device (`device` null) or edit one. */
export function DeviceDialog(props: { open: boolean; onOpenChange(open: boolean): void; device: Device | null }) {
  const { t } = useTranslation('household');
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Content maxWidth="520px">
        <Dialog.Title>{props.device ? t('devices.editTitle') : t('devices.addTitle')}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {t('devices.description')}
        </Dialog.Description>
        <DeviceForm device={props.device} onDone={() => props.onOpenChange(false)} />
      </Dialog.Content>
    </Dialog.Root>
  );
}

function defaultsOf(device: Device | null): Partial<DeviceInput> {
  if (!device) return { name: '', kind: 'phone', ownerId: null, sim: 'esim', lineId: null, hotspotFrom: [] };
  const { id: _id, ...input } = device;
  return input;
}

function DeviceForm({ device, onDone }: { device: Device | null; onDone(): void }) {
  const { t } = useTranslation(['household', 'common']);
  const members = useStore((s) => s.members);
  const lines = useStore((s) => s.lines);
  const createDevice = useStore((s) => s.createDevice);
  const updateDevice = useStore((s) => s.updateDevice);
  const form = useForm<DeviceInput>({
    resolver: zodResolver(DeviceInputSchema, { error: localizedIssue }),
    defaultValues: defaultsOf(device),
  });
  const submitError = useSubmitError(form.setError, 'device');
  const errors = form.formState.errors;
  const message = fieldMessage;
  const lineId = useWatch({ control: form.control, name: 'lineId' });

  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    try {
      if (device) await updateDevice(device.id, values);
      else await createDevice(values);
      onDone();
    } catch (err) {
      submitError.handle(err);
    }
  });

  const memberOptions = [
    { value: NONE, label: t('devices.noOwner') },
    ...members.map((m) => ({ value: m.id, label: m.name })),
  ];
  const lineOptions = [
    { value: NONE, label: t('devices.noLine') },
    ...lines.map((l) => ({ value: l.id, label: l.name })),
  ];
  const errorOf = {
    name: message(errors.name?.message),
    kind: message(errors.kind?.message),
    ownerId: message(errors.ownerId?.message),
    sim: message(errors.sim?.message),
    lineId: message(errors.lineId?.message),
    monthlyGB: message(errors.monthlyGB?.message),
    hotspotFrom: message(errors.hotspotFrom?.message ?? errors.hotspotFrom?.root?.message),
  };
  const lineHint = lines.length === 0 ? t('fields.noLinesHint') : t('fields.lineHint');

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Flex direction="column" gap="3">
        <FormField id="device-name" label={t('fields.name')} error={errorOf.name}>
          <TextField.Root
            id="device-name"
            autoComplete="off"
            placeholder={t('fields.deviceNamePlaceholder')}
            aria-invalid={errorOf.name ? true : undefined}
            aria-describedby={describedBy('device-name', undefined, errorOf.name)}
            {...form.register('name')}
          />
        </FormField>
        <Flex gap="3" wrap="wrap">
          <FormField id="device-kind" label={t('fields.kind')} error={errorOf.kind} grow>
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <SelectControl
                  id="device-kind"
                  value={field.value}
                  onChange={field.onChange}
                  options={DeviceKindSchema.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                  describedBy={describedBy('device-kind', undefined, errorOf.kind)}
                  invalid={Boolean(errorOf.kind)}
                />
              )}
            />
          </FormField>
          <FormField id="device-owner" label={t('fields.owner')} error={errorOf.ownerId} grow>
            <Controller
              control={form.control}
              name="ownerId"
              render={({ field }) => (
                <SelectControl
                  id="device-owner"
                  value={field.value ?? NONE}
                  onChange={(v) => field.onChange(v === NONE ? null : v)}
                  options={memberOptions}
                  describedBy={describedBy('device-owner', undefined, errorOf.ownerId)}
                  invalid={Boolean(errorOf.ownerId)}
                />
              )}
            />
          </FormField>
          <FormField id="device-sim" label={t('fields.sim')} error={errorOf.sim} grow>
            <Controller
              control={form.control}
              name="sim"
              render={({ field }) => (
                <SelectControl
                  id="device-sim"
                  value={field.value}
                  onChange={field.onChange}
                  options={SimSchema.options.map((s) => ({ value: s, label: t(`sim.${s}`) }))}
                  describedBy={describedBy('device-sim', undefined, errorOf.sim)}
                  invalid={Boolean(errorOf.sim)}
                />
              )}
            />
          </FormField>
        </Flex>
        <FormField id="device-line" label={t('fields.line')} hint={lineHint} error={errorOf.lineId}>
          <Controller
            control={form.control}
            name="lineId"
            render={({ field }) => (
              <SelectControl
                id="device-line"
                value={field.value ?? NONE}
                onChange={(v) => {
                  field.onChange(v === NONE ? null : v);
                  // A device on a line uses that line's data; tethering choices no longer apply.
                  if (v !== NONE) form.setValue('hotspotFrom', []);
                }}
                options={lineOptions}
                fullWidth
                describedBy={describedBy('device-line', lineHint, errorOf.lineId)}
                invalid={Boolean(errorOf.lineId)}
              />
            )}
          />
        </FormField>
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
            {errorOf.hotspotFrom ? (
              <Text size="1" color="red">
                {errorOf.hotspotFrom}
              </Text>
            ) : null}
          </Flex>
        ) : null}
        <FormField
          id="device-monthly"
          label={t('fields.monthlyGB')}
          hint={t('fields.monthlyGBHint')}
          error={errorOf.monthlyGB}
        >
          <TextField.Root
            id="device-monthly"
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={errorOf.monthlyGB ? true : undefined}
            aria-describedby={describedBy('device-monthly', t('fields.monthlyGBHint'), errorOf.monthlyGB)}
            {...form.register('monthlyGB', { setValueAs: numberOrUndefined })}
          >
            <TextField.Slot side="right">GB</TextField.Slot>
          </TextField.Root>
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
