import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Answers } from '../../engine/answer-schema';
import type { AssessmentRecord } from '../../storage/assessment-record';
import { requestPersistentStorage, type PersistenceResult } from '../../storage/persistence';
import type { AppStorage } from '../backups/app-storage';
import { ErrorBoundary } from './error-boundary';
import { ErrorMessage } from './error-message';
import { LanguageSwitch } from './language-switch';
import {
  loadQuestionnaire,
  summaryOf,
  type LoadedQuestionnaire,
  type QuestionnaireSource,
} from '../start/load-questionnaire';
import { Paragraph } from '../design-system/nl-design-system';
import { PrivacyStatement } from '../backups/privacy-statement';
import { StartScreen } from '../start/start-screen';
import { UpdatePrompt } from './update-prompt';
import { useHashRoute } from './use-hash-route';
import { useLang } from '../design-system/use-lang';

// The wizard (forms, review, outcome, reports) loads with the first assessment opened, so the start page stays small.
const loadAssessmentScreen = () => import('../wizard/assessment-screen');
const AssessmentScreen = lazy(async () => ({ default: (await loadAssessmentScreen()).AssessmentScreen }));

type Props = { questionnaires: QuestionnaireSource[]; storage: AppStorage };

/** The app shell: header with the language switch, and either the start screen or the open assessment. */
export function App({ questionnaires, storage }: Props) {
  const { repository } = storage;
  const { t } = useTranslation();
  const lang = useLang();
  // Files the user opened this session; opening the same file again replaces it.
  const [imported, setImported] = useState<QuestionnaireSource[]>([]);
  const sources = useMemo(() => [...questionnaires, ...imported], [questionnaires, imported]);
  // Each questionnaire is loaded, checked and compiled once, when it is first opened.
  const [loaded, setLoaded] = useState<Record<string, LoadedQuestionnaire>>({});
  // The open assessment: its questionnaire's file and its stored record.
  const [opened, setOpened] = useState<{ file: string; record: AssessmentRecord } | null>(null);
  const [persistence, setPersistence] = useState<PersistenceResult | null>(null);
  // How often the user went back to the start: it focuses the start heading and gives a failed screen a fresh try.
  const [returns, setReturns] = useState(0);
  const open = opened ? loaded[opened.file] : undefined;
  // The privacy statement covers the screen without unmounting it, so an answer being typed survives a look at it.
  const [privacyShown, leavePrivacy] = useHashRoute('privacy');
  const privacyLink = useRef<HTMLAnchorElement>(null);
  const closePrivacy = () => {
    leavePrivacy();
    privacyLink.current?.focus();
  };

  const load = async (source: QuestionnaireSource) => {
    // Fetched together, so the screen is there by the time the questionnaire is.
    const [entry] = await Promise.all([loaded[source.file] ?? loadQuestionnaire(source), loadAssessmentScreen()]);
    setLoaded((current) => ({ ...current, [source.file]: entry }));
    return entry;
  };
  /** A new assessment is stored before its first question shows, with any answers carried into it. */
  const start = async (source: QuestionnaireSource, answers: Answers = {}) => {
    const entry = await load(source);
    if (!entry.ok) return;
    const { title } = entry.compiled.questionnaire;
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date());
    const record = await repository.create({
      compiled: entry.compiled,
      title: t('assessments.defaultTitle', { title: title[lang], date }),
      answers,
    });
    // Asked with the first assessment, not on page load: the browser may ask the user.
    if (persistence === null) void requestPersistentStorage().then(setPersistence);
    setOpened({ file: source.file, record });
    rememberOpened(record);
  };
  // Remembered for the next visit; a preference that cannot be saved is not worth interrupting anyone for.
  const rememberOpened = (record: AssessmentRecord) =>
    void repository.setSetting('lastOpened', record.id).catch(() => undefined);
  const openRecord = async (record: AssessmentRecord) => {
    const source = sourceOf(record.questionnaire.id);
    if (!source) return;
    const entry = await load(source);
    if (entry.ok) {
      setOpened({ file: source.file, record });
      rememberOpened(record);
    }
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
    void repository.setSetting('lastOpened', null).catch(() => undefined);
    setReturns((count) => count + 1);
  };

  // A reload or a crashed tab comes back to the assessment that was open, at the step it was on.
  useEffect(() => {
    let current = true;
    repository
      .getSetting('lastOpened', z.string())
      .then((id) => (id ? repository.get(id) : undefined))
      .then((record) => {
        if (current && record) void openRecord(record);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // Only on the first render: afterwards the user chooses what is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The page's language and title follow the chosen language, for screen readers and the browser tab.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  // Remembered for the next visit; a failure to save a preference is not worth interrupting anyone for.
  useEffect(() => void repository.setSetting('language', lang).catch(() => undefined), [repository, lang]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__title">
            <img className="app-header__logo" src="/favicon.svg" alt="" width={32} height={32} />
            {t('app.title')}
          </p>
          <LanguageSwitch />
        </div>
      </header>
      <UpdatePrompt />
      {storage.privateSession && (
        <p className="private-banner" role="status">
          {t('storage.privateOn')}
        </p>
      )}
      {privacyShown && (
        <main className="app-main">
          <PrivacyStatement onClose={closePrivacy} />
        </main>
      )}
      <main className="app-main" hidden={privacyShown}>
        <ErrorBoundary
          key={`${opened?.file ?? ''}:${returns}`}
          fallback={(error) => <ErrorMessage error={error} onToStart={toStart} />}
        >
          {open?.ok ? (
            <Suspense fallback={null}>
              <AssessmentScreen
                // A newer record from another tab starts the screen afresh from it.
                key={`${opened!.record.id}:${opened!.record.updated}`}
                compiled={open.compiled}
                record={opened!.record}
                repository={repository}
                onNewerRecord={(record) => setOpened({ file: open.file, record })}
                onLeave={toStart}
                titleOf={titleOf}
                onHandoff={handOff}
              />
            </Suspense>
          ) : (
            <StartScreen
              storage={storage}
              persistence={persistence}
              onOpenRecord={(record) => void openRecord(record)}
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
        <Paragraph>
          {t('app.offline')}{' '}
          <a ref={privacyLink} href="#privacy" className="utrecht-link">
            {t('privacy.link')}
          </a>
        </Paragraph>
      </footer>
    </div>
  );
}
