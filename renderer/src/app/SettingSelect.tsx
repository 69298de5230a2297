import { Select } from '@radix-ui/themes';

/** One app setting as a compact select in the header, named by `label` for screen readers. */
export function SettingSelect(props: {
  label: string;
  value: string;
  /** `lang` marks an option written in a language of its own ("简体中文"). */
  options: readonly { value: string; label: string; lang?: string }[];
  onChange(value: string): void;
}) {
  return (
    <Select.Root value={props.value} onValueChange={props.onChange}>
      <Select.Trigger aria-label={props.label} variant="soft" color="gray" />
      <Select.Content position="popper">
        {props.options.map((o) => (
          <Select.Item key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  );
}
