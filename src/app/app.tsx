import { Paragraph } from './nl-design-system';
import { useEffect, useMemo, useState } from 'react';
import type { Answers } from '../engine/answer-schema';
import { useTranslation } from 'react-i18next';
import { AssessmentScreen } from './assessment-screen';
import { ErrorBoundary } from './error-boundary';
import { ErrorMessage } from './error-message';
import { LanguageSwitch } from './language-switch';
import { loadQuestionnaire, type LoadedQuestionnaire, type QuestionnaireFile } from './load-questionnaire';
import { StartScreen } from './start-screen';
import { useLang } from './use-lang';

/** The app shell: header with the language switch, and either the start screen or the open assessment. */
export function App({ questionnaires }: { questionnaires: QuestionnaireFile[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const builtIn = useMemo(() => questionnaires.map(loadQuestionnaire), [questionnaires]);
  // Files the user opened this session; opening the same file again replaces it.
  const [imported, setImported] = useState<LoadedQuestionnaire[]>([]);
  const loaded = useMemo(() => [...builtIn, ...imported], [builtIn, imported]);
  const addImported = (entry: LoadedQuestionnaire) => {
    setImported((current) => [...current.filter((other) => other.file !== entry.file), entry]);
    setOpenFile(entry.file);
  };
  // The open assessment: which questionnaire, and the answers carried into it from another one's outcome.
  const [opened, setOpened] = useState<{ file: string; answers: Answers } | null>(null);
  const openFile = opened?.file ?? null;
  const setOpenFile = (file: string) => setOpened({ file, answers: {} });
  // How often the user went back to the start: it focuses the start heading and gives a failed screen a fresh try.
  const [returns, setReturns] = useState(0);
  const open = loaded.find((entry) => entry.ok && entry.file === openFile);
  const titleOf = (id: string) => {
    const entry = loaded.find((candidate) => candidate.ok && candidate.compiled.questionnaire.id === id);
    return entry?.ok ? entry.compiled.questionnaire.title[lang] : null;
  };
  const handOff = (id: string, answers: Answers) => {
    const entry = loaded.find((candidate) => candidate.ok && candidate.compiled.questionnaire.id === id);
    if (entry) setOpened({ file: entry.file, answers });
  };
  const toStart = () => {
    setOpened(null);
    setReturns((count) => count + 1);
  };

  // The page's language and title follow the chosen language, for screen readers and the browser tab.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__title">{t('app.title')}</p>
          <LanguageSwitch />
        </div>
      </header>
      <main className="app-main">
        <ErrorBoundary
          key={`${openFile ?? ''}:${returns}`}
          fallback={(error) => <ErrorMessage error={error} onToStart={toStart} />}
        >
          {open?.ok ? (
            <AssessmentScreen
              key={open.file}
              compiled={open.compiled}
              initialAnswers={opened?.answers}
              onLeave={toStart}
              titleOf={titleOf}
              onHandoff={handOff}
            />
          ) : (
            <StartScreen loaded={loaded} onStart={setOpenFile} onImported={addImported} focusOnMount={returns > 0} />
          )}
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <Paragraph>{t('app.offline')}</Paragraph>
      </footer>
    </div>
  );
}
