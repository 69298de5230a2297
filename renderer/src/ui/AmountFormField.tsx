import { TextField } from '@radix-ui/themes';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { TextFormField } from './TextFormField';

type Props = Omit<ComponentProps<typeof TextFormField>, 'inputMode' | 'autoComplete' | 'children'> & {
  /** The unit after the amount: decimal GB unless said otherwise; null shows none (the label names it). */
  unit?: string | null;
  /** A sign before the amount, such as "$". */
  prefix?: string;
};

/**
 * A labelled amount typed as a decimal, with its unit beside it, its hint and
 * its error. Everything else (`register(...)`, or value and onChange) goes to
 * the input.
 */
export function AmountFormField({ unit, prefix, ...field }: Props) {
  const { t } = useTranslation('common');
  const shownUnit = unit === undefined ? t('units.gb') : unit;
  return (
    <TextFormField inputMode="decimal" autoComplete="off" {...field}>
      {prefix ? <TextField.Slot side="left">{prefix}</TextField.Slot> : null}
      {shownUnit ? <TextField.Slot side="right">{shownUnit}</TextField.Slot> : null}
    </TextFormField>
  );
}
