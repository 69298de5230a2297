import { FormField, describedBy } from './FormField';
import { SelectControl, type SelectOption } from './SelectControl';

/**
 * A labelled select with its hint and error, wired like `TextFormField`.
 * Render it from a react-hook-form `Controller`, which supplies value and onChange.
 */
export function SelectFormField(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  grow?: boolean;
  value: string;
  onChange(value: string): void;
  options: readonly SelectOption[];
  /** Stretch to the field's width (long option names). */
  fullWidth?: boolean;
}) {
  const { id, label, hint, error, grow, ...select } = props;
  return (
    <FormField id={id} label={label} hint={hint} error={error} grow={grow}>
      <SelectControl id={id} describedBy={describedBy(id, hint, error)} invalid={Boolean(error)} {...select} />
    </FormField>
  );
}
