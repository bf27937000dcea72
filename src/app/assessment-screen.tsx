import { Button } from './nl-design-system';
import { useState, type ComponentProps } from 'react';
import type { Answers } from '../engine/answer-schema';
import { useTranslation } from 'react-i18next';
import type { CompiledQuestionnaire } from '../engine/compile';
import { OutcomeScreen } from './outcome-screen';
import { QuestionStep } from './question-step';
import { ReviewScreen } from './review-screen';
import { useAssessment } from './use-assessment';
import { useLang } from './use-lang';

type Props = {
  compiled: CompiledQuestionnaire;
  /** Answers carried in from another questionnaire's outcome. */
  initialAnswers?: Answers;
  onLeave: () => void;
} & Pick<ComponentProps<typeof OutcomeScreen>, 'titleOf' | 'onHandoff'>;

/** One assessment from first question to outcome: the machine decides the step, this only picks the screen for it. */
export function AssessmentScreen({ compiled, initialAnswers, onLeave, titleOf, onHandoff }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const assessment = useAssessment(compiled, initialAnswers);
  const { progress, answers } = assessment;
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
      ? t('outcome.status', { verdict: progress.outcome.verdict[lang] })
      : t('review.status', { count: progress.path.length });

  return (
    <div className="assessment">
      <div className="assessment__header">
        <p className="assessment__title">{compiled.questionnaire.title[lang]}</p>
        <p className="assessment__progress" role="status">
          {status}
        </p>
      </div>
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
