import { useTranslation } from 'react-i18next';
import { ThemeSchema } from '@shared/domain/schemas';
import { useStore } from '../store';
import { SettingSelect } from './SettingSelect';

export function ThemeSwitch() {
  const { t } = useTranslation('common');
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  return (
    <SettingSelect
      label={t('theme.label')}
      value={theme}
      options={ThemeSchema.options.map((option) => ({ value: option, label: t(`theme.${option}`) }))}
      onChange={(value) => {
        const parsed = ThemeSchema.safeParse(value);
        if (parsed.success) void setTheme(parsed.data);
      }}
    />
  );
}
