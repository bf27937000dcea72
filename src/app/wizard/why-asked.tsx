import { useTranslation } from 'react-i18next';
import type { Source } from '../../engine/text';
import { SourceList } from '../design-system/source-list';
import { useLang } from '../design-system/use-lang';

/** The "why is this asked?" disclosure: the sources a question rests on, closed by default to keep the step short. */
export function WhyAsked({ sources }: { sources: Source[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <details className="why-asked">
      <summary>{t('step.why')}</summary>
      <p className="nl-paragraph">{t('step.whyIntro')}</p>
      <SourceList sources={sources} lang={lang} />
    </details>
  );
}
