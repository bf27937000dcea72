import { isolate } from '../design-system/isolate';
import { useState } from 'react';
import { Button, Heading, Paragraph } from '../design-system/nl-design-system';
import { useTranslation } from 'react-i18next';
import { FocusHeading } from '../design-system/focus-heading';
import { summaryOf, type LoadedQuestionnaire, type QuestionnaireSource } from './load-questionnaire';
import { QuestionnaireImport } from './questionnaire-import';
import { QuestionnaireProblems } from './questionnaire-problems';
import { useLang } from '../design-system/use-lang';
import type { AssessmentRecord } from '../../storage/assessment-record';
import type { PersistenceResult } from '../../storage/persistence';
import type { AppStorage } from '../backups/app-storage';
import { AssessmentList } from './assessment-list';
import { BackupSection } from '../backups/backup-section';
import { exportAssessments } from '../backups/export-assessments';
import { StorageSettings } from '../backups/storage-settings';

type Props = {
  storage: AppStorage;
  persistence: PersistenceResult | null;
  onOpenRecord: (record: AssessmentRecord) => void;
  sources: QuestionnaireSource[];
  /** The questionnaires opened so far: one that failed its checks is named here with its problems. */
  loaded: Record<string, LoadedQuestionnaire>;
  onStart: (source: QuestionnaireSource) => void;
  onImported: (source: QuestionnaireSource) => void;
  /** Focus the heading only when coming back from an assessment, not on first load. */
  focusOnMount: boolean;
};

/** The questionnaires on offer, each with what it is for; broken built-ins are named with their problems. */
export function StartScreen({
  storage,
  persistence,
  onOpenRecord,
  sources,
  loaded,
  onStart,
  onImported,
  focusOnMount,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [restored, setRestored] = useState(0);
  const listed = sources.map((source) => {
    const entry = loaded[source.file];
    return { source, summary: entry && !entry.ok ? entry : summaryOf(source) };
  });
  const usable = listed.flatMap(({ source, summary }) => (summary.ok ? [{ source, summary: summary.summary }] : []));
  return (
    <section className="start-screen">
      <FocusHeading level={1} focusOnMount={focusOnMount}>
        {t('start.heading')}
      </FocusHeading>
      <Paragraph purpose="lead">{t('app.tagline')}</Paragraph>
      <AssessmentList
        repository={storage.repository}
        questionnaires={usable.map(({ summary }) => summary)}
        onOpen={onOpenRecord}
        onExport={(ids) => void exportAssessments(storage.db, ids)}
      />
      <Heading level={2}>{t('start.new')}</Heading>
      <Paragraph>{t('start.intro')}</Paragraph>
      {listed.map(({ source, summary }) =>
        summary.ok ? null : <QuestionnaireProblems key={source.file} file={source.file} problems={summary.problems} />,
      )}
      {usable.length === 0 && <Paragraph>{t('start.none')}</Paragraph>}
      <ul className="questionnaire-list">
        {usable.map(({ source, summary: questionnaire }) => (
          <li key={source.file} className="questionnaire-list__item">
            <Heading level={3}>
              <bdi>{questionnaire.title[lang]}</bdi>
            </Heading>
            <Paragraph className="multiline">{questionnaire.intro[lang]}</Paragraph>
            <Paragraph className="questionnaire-list__meta">
              {t('start.version', { version: questionnaire.version })}
              {source.importedFrom && ` · ${t('import.imported', { file: isolate(source.importedFrom) })}`}
            </Paragraph>
            <Button appearance="primary-action-button" onClick={() => onStart(source)}>
              {t('start.begin', { title: questionnaire.title[lang] })}
            </Button>
          </li>
        ))}
      </ul>
      {/* A restored backup starts the import afresh: an old problem there no longer stands beside a success. */}
      <QuestionnaireImport key={restored} onImported={onImported} />
      <BackupSection db={storage.db} onRestored={() => setRestored((count) => count + 1)} />
      <StorageSettings
        privateSession={storage.privateSession}
        persistence={persistence}
        repository={storage.repository}
      />
    </section>
  );
}
