import type { SelectOption } from './SelectControl';

/** Radix Select items cannot be "": this value stands for null (no owner, no line, no tier). */
const NONE = '__none__';

/**
 * Select props for a field whose "nothing chosen" is null in the domain: a
 * first option labelled `noneLabel` stands for it, then `options`.
 */
export function nullableSelect(
  field: { value: string | null; onChange(value: string | null): void },
  noneLabel: string,
  options: readonly SelectOption[],
) {
  return {
    value: field.value ?? NONE,
    onChange: (value: string) => field.onChange(value === NONE ? null : value),
    options: [{ value: NONE, label: noneLabel }, ...options],
  };
}
