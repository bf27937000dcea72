import { Button } from '../design-system/nl-design-system';
import { useTranslation } from 'react-i18next';
import { languages } from '../../engine/text';
import { useLang } from '../design-system/use-lang';

/** Switches the app's strings and the questionnaire texts together; each language is named in itself. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = useLang();
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {languages.map((lang) => (
        <Button
          key={lang}
          lang={lang}
          appearance="subtle-button"
          pressed={lang === current}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </Button>
      ))}
    </div>
  );
}
