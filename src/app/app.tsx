import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../engine/answer-schema';
import { AssessmentScreen } from './assessment-screen';
import { ErrorBoundary } from './error-boundary';
import { ErrorMessage } from './error-message';
import { LanguageSwitch } from './language-switch';
import { loadQuestionnaire, summaryOf, type LoadedQuestionnaire, type QuestionnaireSource } from './load-questionnaire';
import { Paragraph } from './nl-design-system';
import { StartScreen } from './start-screen';
import { useLang } from './use-lang';

/** The app shell: header with the language switch, and either the start screen or the open assessment. */
export function App({ questionnaires }: { questionnaires: QuestionnaireSource[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  // Files the user opened this session; opening the same file again replaces it.
  const [imported, setImported] = useState<QuestionnaireSource[]>([]);
  const sources = useMemo(() => [...questionnaires, ...imported], [questionnaires, imported]);
  // Each questionnaire is loaded, checked and compiled once, when it is first opened.
  const [loaded, setLoaded] = useState<Record<string, LoadedQuestionnaire>>({});
  // The open assessment: which questionnaire, and the answers carried into it from another one's outcome.
  const [opened, setOpened] = useState<{ file: string; answers: Answers } | null>(null);
  // How often the user went back to the start: it focuses the start heading and gives a failed screen a fresh try.
  const [returns, setReturns] = useState(0);
  const open = opened ? loaded[opened.file] : undefined;

  const start = async (source: QuestionnaireSource, answers: Answers = {}) => {
    const entry = loaded[source.file] ?? (await loadQuestionnaire(source));
    setLoaded((current) => ({ ...current, [source.file]: entry }));
    if (entry.ok) setOpened({ file: source.file, answers });
  };
  const addImported = (source: QuestionnaireSource) => {
    setImported((current) => [...current.filter((other) => other.file !== source.file), source]);
    setLoaded(({ [source.file]: _replaced, ...rest }) => rest);
    void start(source);
  };
  const sourceOf = (id: string) =>
    sources.find((source) => {
      const summary = summaryOf(source);
      return summary.ok && summary.summary.id === id;
    });
  const titleOf = (id: string) => {
    const summary = sourceOf(id) && summaryOf(sourceOf(id)!);
    return summary?.ok ? summary.summary.title[lang] : null;
  };
  const handOff = (id: string, answers: Answers) => {
    const source = sourceOf(id);
    if (source) void start(source, answers);
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
          key={`${opened?.file ?? ''}:${returns}`}
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
            <StartScreen
              sources={sources}
              loaded={loaded}
              onStart={(source) => void start(source)}
              onImported={addImported}
              focusOnMount={returns > 0}
            />
          )}
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <Paragraph>{t('app.offline')}</Paragraph>
      </footer>
    </div>
  );
}
