import { TextField } from '@radix-ui/themes';
import { useEffect, useRef, useState } from 'react';

function parse(text: string, nullable: boolean): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return nullable ? null : undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

const show = (value: number | null) => (value === null ? '' : String(value));

/**
 * A number typed freely: every keystroke that makes a valid amount is passed
 * on at once (the what-if recomputes as the user types); text that is not a
 * number yet stays in the field, marked invalid, and changes nothing.
 */
export function AmountInput(props: {
  value: number | null;
  onChange(value: number | null): void;
  label: string;
  /** Empty means null (no limit, or "as its tier or plan"). */
  nullable?: boolean;
  unit?: string;
  placeholder?: string;
  testId?: string;
  width?: string;
  /** For a visible label's htmlFor. */
  id?: string;
}) {
  const { value, onChange, label, nullable = false, unit, placeholder, testId, width = '7em', id } = props;
  const [text, setText] = useState(show(value));
  const focused = useRef(false);
  useEffect(() => {
    // Outside edits (a catalog plan picked, a saved what-if opened) show up unless the user is typing here.
    if (!focused.current) setText(show(value));
  }, [value]);
  const parsed = parse(text, nullable);
  return (
    <TextField.Root
      id={id}
      aria-label={label}
      data-testid={testId}
      inputMode="decimal"
      value={text}
      placeholder={placeholder}
      aria-invalid={parsed === undefined || undefined}
      color={parsed === undefined ? 'red' : undefined}
      style={{ width }}
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false;
        setText(show(value));
      }}
      onChange={(e) => {
        setText(e.target.value);
        const next = parse(e.target.value, nullable);
        if (next !== undefined) onChange(next);
      }}
    >
      {unit ? <TextField.Slot side="right">{unit}</TextField.Slot> : null}
    </TextField.Root>
  );
}
