import { Button, Heading, Paragraph } from './nl-design-system';
import { useTranslation } from 'react-i18next';
import { FocusHeading } from './focus-heading';
import type { LoadedQuestionnaire } from './load-questionnaire';
import { QuestionnaireImport } from './questionnaire-import';
import { QuestionnaireProblems } from './questionnaire-problems';
import { useLang } from './use-lang';

type Props = {
  loaded: LoadedQuestionnaire[];
  onStart: (file: string) => void;
  onImported: (loaded: Extract<LoadedQuestionnaire, { ok: true }>) => void;
  /** Focus the heading only when coming back from an assessment, not on first load. */
  focusOnMount: boolean;
};

/** The questionnaires on offer, each with what it is for; broken built-ins are named with their problems. */
export function StartScreen({ loaded, onStart, onImported, focusOnMount }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const usable = loaded.filter((entry) => entry.ok);
  return (
    <section className="start-screen">
      <FocusHeading level={1} focusOnMount={focusOnMount}>
        {t('start.heading')}
      </FocusHeading>
      <Paragraph purpose="lead">{t('app.tagline')}</Paragraph>
      <Paragraph>{t('start.intro')}</Paragraph>
      {loaded.map((entry) =>
        entry.ok ? null : <QuestionnaireProblems key={entry.file} file={entry.file} problems={entry.problems} />,
      )}
      {usable.length === 0 && <Paragraph>{t('start.none')}</Paragraph>}
      <ul className="questionnaire-list">
        {usable.map(({ file, importedFrom, compiled: { questionnaire } }) => (
          <li key={file} className="questionnaire-list__item">
            <Heading level={2}>{questionnaire.title[lang]}</Heading>
            <Paragraph className="multiline">{questionnaire.intro[lang]}</Paragraph>
            <Paragraph className="questionnaire-list__meta">
              {t('start.version', { version: questionnaire.version })}
              {importedFrom && ` · ${t('import.imported', { file: importedFrom })}`}
            </Paragraph>
            <Button appearance="primary-action-button" onClick={() => onStart(file)}>
              {t('start.begin', { title: questionnaire.title[lang] })}
            </Button>
          </li>
        ))}
      </ul>
      <QuestionnaireImport onImported={onImported} />
    </section>
  );
}
