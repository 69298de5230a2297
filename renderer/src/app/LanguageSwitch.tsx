import { useTranslation } from 'react-i18next';
import { LocaleSchema } from '@shared/domain/schemas';
import { LOCALES } from '@shared/i18n';
import { useStore } from '../store';
import { SettingSelect } from './SettingSelect';

/** English / 简体中文; each option is written in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const locale = useStore((s) => s.locale);
  const setLocale = useStore((s) => s.setLocale);
  return (
    <SettingSelect
      label={t('language.label')}
      value={locale}
      options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`), lang: l }))}
      onChange={(value) => {
        const parsed = LocaleSchema.safeParse(value);
        if (parsed.success) void setLocale(parsed.data);
      }}
    />
  );
}
