import { Select } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { ThemeSchema } from '../../../shared/domain/schemas';
import { useStore } from '../store';

export function ThemeSwitch() {
  const { t } = useTranslation('common');
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  return (
    <Select.Root
      value={theme}
      onValueChange={(value) => {
        const parsed = ThemeSchema.safeParse(value);
        if (parsed.success) void setTheme(parsed.data);
      }}
    >
      <Select.Trigger aria-label={t('theme.label')} variant="soft" color="gray" />
      <Select.Content position="popper">
        {ThemeSchema.options.map((option) => (
          <Select.Item key={option} value={option}>
            {t(`theme.${option}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  );
}
