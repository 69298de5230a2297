/**
 * The advisor's answer said for people, in the user's language: the engine
 * returns message codes and values, and this words them with i18next (the
 * `advice` namespace), the same codes the CLI words from the catalogs.
 */
import { useTranslation } from 'react-i18next';
import type { Advice } from '@shared/engine/advise';
import { adviceInWords, type AdviceInWords } from '@shared/i18n/render';
import { useFormat } from '@renderer/i18n/format';

export function useAdviceText(): (advice: Advice) => AdviceInWords {
  const { t } = useTranslation('advice');
  const format = useFormat();
  // Codes are built from data, so the typed overloads cannot check them; the engine's codes are typed against the messages.
  const say = t as unknown as (code: string, values: Readonly<Record<string, string | number>>) => string;
  return (advice) => adviceInWords(advice, format.locale, say);
}
