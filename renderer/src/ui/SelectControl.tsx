import { Select } from '@radix-ui/themes';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * Radix Select for forms. Radix items cannot have the value "", so callers map
 * "nothing chosen" (null in the domain) to a sentinel of their own.
 */
export function SelectControl(props: {
  id: string;
  value: string;
  onChange(value: string): void;
  options: readonly SelectOption[];
  describedBy?: string | undefined;
  invalid?: boolean;
  ariaLabel?: string;
  disabled?: boolean;
  /** Stretch to the field's width (long option names); otherwise as wide as the chosen option. */
  fullWidth?: boolean;
}) {
  const { id, value, onChange, options, describedBy, invalid, ariaLabel, disabled, fullWidth } = props;
  return (
    <Select.Root value={value} onValueChange={onChange} disabled={disabled}>
      <Select.Trigger
        id={id}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-label={ariaLabel}
        style={fullWidth ? undefined : { alignSelf: 'flex-start', minWidth: '10em' }}
      />
      <Select.Content position="popper">
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  );
}
