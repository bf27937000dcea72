import { Button } from '../design-system/nl-design-system';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentResult } from '../../engine/assessment-result';
import type { CompiledQuestionnaire } from '../../engine/compile';
import type { AssessmentRecord } from '../../storage/assessment-record';
import type { AssessmentRepository } from '../../storage/assessment-repository';
import { resumeAssessment } from '../../storage/resume';
import { ReportDownloads } from '../outcome/report-downloads';
import { SaveProblem } from './save-problem';
import { VersionNotice } from './version-notice';
import { useAutosave } from './use-autosave';
import { useFollowOtherTabs } from './use-follow-other-tabs';
import { OutcomeScreen } from '../outcome/outcome-screen';
import { QuestionStep } from './question-step';
import { ReviewScreen } from './review-screen';
import { useAssessment } from './use-assessment';
import { useLang } from '../design-system/use-lang';

type Props = {
  compiled: CompiledQuestionnaire;
  /** The stored assessment this screen continues; every change is saved back to it as it happens. */
  record: AssessmentRecord;
  repository: AssessmentRepository;
  /** Another tab saved a newer state of this assessment: continue from it. */
  onNewerRecord: (record: AssessmentRecord) => void;
  onLeave: () => void;
} & Pick<ComponentProps<typeof OutcomeScreen>, 'titleOf' | 'onHandoff'>;

/** One assessment from first question to outcome: the machine decides the step, this only picks the screen for it. */
export function AssessmentScreen({ compiled, record, repository, onNewerRecord, onLeave, titleOf, onHandoff }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  // Resumed once: from here on the machine is the truth and the record follows it.
  const [resumed] = useState(() => resumeAssessment(compiled, record));
  const assessment = useAssessment(compiled, resumed.snapshot);
  const saving = useAutosave(assessment.actor, compiled, repository, record.id);
  useFollowOtherTabs(repository, record, saving.isForeign, onNewerRecord);
  const { progress, answers } = assessment;
  const questionnaireTitle = compiled.questionnaire.title[lang];
  // At an outcome the review comes first; the outcome itself is a view of the same state, not a step of the machine.
  const [showOutcome, setShowOutcome] = useState(false);
  const change = (question: string) => {
    setShowOutcome(false);
    assessment.change(question);
  };
  const startOver = () => {
    setShowOutcome(false);
    assessment.reset();
  };

  const status = progress.current
    ? t('step.progress', { step: progress.step, max: progress.maxSteps })
    : showOutcome && progress.outcome
      ? // The verdict as the outcome screen shows it, its placeholders filled in from the answers.
        t('outcome.status', { verdict: assessmentResult(compiled, progress, answers, lang).outcome!.verdict })
      : t('review.status', { count: progress.path.length });

  return (
    <div className="assessment">
      <div className="assessment__header">
        <p className="assessment__title">
          {/* A default title already names the questionnaire; saying it twice only pushes the step down. */}
          <bdi>{record.title}</bdi>
          {record.title.includes(questionnaireTitle) ? (
            ''
          ) : (
            <>
              {' '}
              · <bdi>{questionnaireTitle}</bdi>
            </>
          )}
        </p>
        {/* On the outcome the verdict follows right below: the status is still read out, but not shown twice. */}
        <p className={showOutcome ? 'assessment__progress visually-hidden' : 'assessment__progress'} role="status">
          {status}
        </p>
      </div>
      {saving.error !== null && <SaveProblem error={saving.error} onRetry={() => void saving.retry()} />}
      {resumed.versionChange && <VersionNotice change={resumed.versionChange} compiled={compiled} />}
      {progress.current ? (
        <QuestionStep
          key={progress.current.id}
          question={progress.current}
          answer={assessment.startValue}
          offered={assessment.offered}
          canGoBack={assessment.canGoBack}
          onAnswer={(value) => assessment.answer(progress.current!.id, value)}
          onBack={assessment.back}
        />
      ) : showOutcome ? (
        <OutcomeScreen
          compiled={compiled}
          progress={progress}
          answers={answers}
          onBackToReview={() => setShowOutcome(false)}
          onStartOver={startOver}
          onToStart={onLeave}
          titleOf={titleOf}
          onHandoff={onHandoff}
          downloads={<ReportDownloads compiled={compiled} answers={answers} record={record} repository={repository} />}
        />
      ) : (
        <ReviewScreen
          compiled={compiled}
          progress={progress}
          answers={answers}
          canChange={assessment.canChange}
          onChange={change}
          onShowOutcome={() => setShowOutcome(true)}
        />
      )}
      {!showOutcome && (
        <p className="assessment__leave">
          <Button appearance="subtle-button" onClick={onLeave}>
            {t('app.toStart')}
          </Button>
        </p>
      )}
    </div>
  );
}
