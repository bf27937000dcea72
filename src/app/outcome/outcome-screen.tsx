import { ActionGroup, Alert, Button, Heading, Paragraph } from '../design-system/nl-design-system';
import { useId, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answer-schema';
import { assessmentResult } from '../../engine/assessment-result';
import type { CompiledQuestionnaire } from '../../engine/compile';
import type { Progress } from '../../engine/progress';
import { answerLabel } from '../../report/answer-label';
import { CalculationFigures } from './calculation-figures';
import { Citation } from '../design-system/citation';
import { HandoffOffer } from './handoff-offer';
import { FocusHeading } from '../design-system/focus-heading';
import { ReasoningTrail } from './reasoning-trail';
import { riskMatrix } from '../../report/report-model';
import { RiskMatrix } from './risk-matrix';
import { RiskTable } from './risk-table';
import { useLang } from '../design-system/use-lang';

type Props = {
  compiled: CompiledQuestionnaire;
  progress: Progress;
  answers: Answers;
  onBackToReview: () => void;
  onStartOver: () => void;
  onToStart: () => void;
  /** The report panel of the assessment shown (it knows the stored record; this screen does not). */
  downloads: ReactNode;
} & Omit<ComponentProps<typeof HandoffOffer>, 'handoffs'>;

/** The engine's reasoned result, shown as it is: verdict, level, warnings, risks, measures, the trail and its sources. */
export function OutcomeScreen({
  compiled,
  progress,
  answers,
  onBackToReview,
  onStartOver,
  onToStart,
  titleOf,
  onHandoff,
  downloads,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const trailId = useId();
  const risksId = useId();
  const result = assessmentResult(compiled, progress, answers, lang);
  const outcome = result.outcome!;
  const trail = result.path.map((step) => ({
    ...step,
    answer: answerLabel(compiled.questions.get(step.question)!, step.answer, lang, t),
  }));

  return (
    <section className="outcome-screen">
      <FocusHeading level={1}>{t('outcome.heading')}</FocusHeading>
      <div className={`verdict verdict--${outcome.level}`}>
        <Paragraph purpose="lead" className="verdict__text">
          {outcome.verdict}
        </Paragraph>
        <Paragraph className="verdict__level">
          {t('outcome.level', { level: t(`outcome.levels.${outcome.level}`) })}
        </Paragraph>
      </div>
      {outcome.explanation && <Paragraph className="multiline">{outcome.explanation}</Paragraph>}
      {result.calculations.map((calculation) => (
        <CalculationFigures key={calculation.id} calculation={calculation} />
      ))}

      {result.warnings.length > 0 && (
        // A note, not an alert: the screen is read from its heading, nothing here changed unasked.
        <Alert type="warning" role="note">
          <Heading level={2}>{t('outcome.warnings')}</Heading>
          <ul className="utrecht-unordered-list">
            {result.warnings.map((warning) => (
              <li key={warning.text} className="utrecht-unordered-list__item">
                {warning.text} <Citation sources={warning.source} />
              </li>
            ))}
          </ul>
        </Alert>
      )}

      {result.risks.length > 0 && (
        <>
          <Heading level={2} id={risksId}>
            {t('outcome.risks')}
          </Heading>
          <RiskMatrix matrix={riskMatrix(result.risks)} />
          <RiskTable risks={result.risks} labelledBy={risksId} />
        </>
      )}

      {result.measures.length > 0 && (
        <>
          <Heading level={2}>{t('outcome.measures')}</Heading>
          <ul className="utrecht-unordered-list">
            {result.measures.map((measure) => (
              <li key={measure.text} className="utrecht-unordered-list__item">
                {measure.text} <Citation sources={measure.source} />
              </li>
            ))}
          </ul>
        </>
      )}

      <Heading level={2} id={trailId}>
        {t('outcome.trail')}
      </Heading>
      <ReasoningTrail steps={trail} labelledBy={trailId} />

      <Heading level={2}>{t('outcome.sources')}</Heading>
      <ul className="utrecht-unordered-list">
        {result.sources.map((source) => (
          <li key={source} className="utrecht-unordered-list__item">
            {source}
          </li>
        ))}
      </ul>

      {downloads}

      <HandoffOffer handoffs={result.handoffs} titleOf={titleOf} onHandoff={onHandoff} />

      <ActionGroup>
        <Button appearance="secondary-action-button" onClick={onBackToReview}>
          {t('outcome.backToReview')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onStartOver}>
          {t('outcome.startOver')}
        </Button>
        <Button appearance="subtle-button" onClick={onToStart}>
          {t('app.toStart')}
        </Button>
      </ActionGroup>
    </section>
  );
}
