import { Select } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { LocaleSchema } from '../../../shared/domain/schemas';
import { LOCALES } from '../../../shared/i18n';
import { useStore } from '../store';

/** English / 简体中文; each option is written in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const locale = useStore((s) => s.locale);
  const setLocale = useStore((s) => s.setLocale);
  return (
    <Select.Root
      value={locale}
      onValueChange={(value) => {
        const parsed = LocaleSchema.safeParse(value);
        if (parsed.success) void setLocale(parsed.data);
      }}
    >
      <Select.Trigger aria-label={t('language.label')} variant="soft" color="gray" />
      <Select.Content position="popper">
        {LOCALES.map((l) => (
          <Select.Item key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  );
}
