import { useTranslation } from 'react-i18next';

/** The sources behind one risk, measure, warning or step, set under it in smaller print. */
export function Citation({ sources }: { sources: string[] }) {
  const { t } = useTranslation();
  return (
    <span className="citation">{t('outcome.source', { sources: sources.join(t('outcome.sourceSeparator')) })}</span>
  );
}
