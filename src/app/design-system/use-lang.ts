import { useTranslation } from 'react-i18next';
import { languages, type Lang } from '../../engine/text';

/** The current language as the engine knows it, to pick `text[lang]` from a questionnaire. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return languages.find((lang) => lang === i18n.resolvedLanguage) ?? 'nl';
}
