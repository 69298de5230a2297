import { Button, Flex, Text, TextField } from '@radix-ui/themes';
import { useFieldArray, useFormContext, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '@renderer/i18n/validation';
import { describedBy, FieldErrorText } from '@renderer/ui/FormField';
import { numberOrUndefined } from '@renderer/ui/numberInput';
import type { PlanFormValues } from './planForm';

type PriceListName = 'pricePerLine' | `tiers.${number}.pricePerLine`;

/** Walks a dotted RHF path through an errors object. */
function errorAt(errors: unknown, path: string): FieldError | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node as FieldError | undefined;
}

/**
 * "1 line: $60, 2 lines: $50 …" — the price of each line by how many lines the
 * account has. Rows are added and removed at the end, so row N is always
 * "with N lines".
 */
export function PriceListField({ name, idPrefix, legend }: { name: PriceListName; idPrefix: string; legend: string }) {
  const { t } = useTranslation(['planAndLines', 'common']);
  const { control, register, formState } = useFormContext<PlanFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const legendId = `${idPrefix}-legend`;
  const hintId = `${idPrefix}-hint`;
  const listError = fieldMessage(
    errorAt(formState.errors, name)?.message ?? errorAt(formState.errors, name)?.root?.message,
  );

  return (
    <Flex direction="column" gap="2" role="group" aria-labelledby={legendId} aria-describedby={hintId}>
      <Text id={legendId} size="2" weight="medium">
        {legend}
      </Text>
      <Text id={hintId} size="1" color="gray">
        {t('fields.pricesHint')}
      </Text>
      {fields.length === 0 ? (
        <Text size="2" color="gray">
          {t('fields.noPrices')}
        </Text>
      ) : null}
      {fields.map((field, index) => {
        const id = `${idPrefix}-${index}`;
        const rowPath = `${name}.${index}`;
        const error = fieldMessage(
          errorAt(formState.errors, rowPath)?.message ?? errorAt(formState.errors, `${rowPath}.price`)?.message,
        );
        return (
          <Flex key={field.id} direction="column" gap="1">
            <Flex align="center" gap="2" wrap="wrap">
              <Text as="label" htmlFor={id} size="2" style={{ minWidth: '16em' }}>
                {t('fields.priceForLines', { count: index + 1 })}
              </Text>
              <TextField.Root
                id={id}
                inputMode="decimal"
                autoComplete="off"
                style={{ width: '8em' }}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(id, undefined, error)}
                {...register(`${name}.${index}.price` as const, { setValueAs: numberOrUndefined })}
              >
                <TextField.Slot side="left">$</TextField.Slot>
              </TextField.Root>
            </Flex>
            <FieldErrorText id={id} message={error} />
          </Flex>
        );
      })}
      <FieldErrorText message={listError} />
      <Flex gap="2" wrap="wrap">
        <Button type="button" variant="soft" size="1" onClick={() => append({ price: undefined })}>
          {t('fields.addPrice', { count: fields.length + 1 })}
        </Button>
        {fields.length > 0 ? (
          <Button type="button" variant="soft" color="gray" size="1" onClick={() => remove(fields.length - 1)}>
            {t('fields.removePrice')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
