import { useTranslation } from 'react-i18next';
import { Citation } from '../design-system/citation';

type Step = { question: string; text: string; answer: string; source: string[] };

/** The route to the outcome, step by step: the question, the answer given, and the sources the question rests on. */
export function ReasoningTrail({ steps, labelledBy }: { steps: Step[]; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <ol className="utrecht-ordered-list reasoning-trail" aria-labelledby={labelledBy}>
      {steps.map((step) => (
        <li key={step.question} className="utrecht-ordered-list__item">
          <span className="reasoning-trail__question">{step.text}</span>{' '}
          <strong className="reasoning-trail__answer">{t('outcome.trailAnswer', { answer: step.answer })}</strong>
          <Citation sources={step.source} />
        </li>
      ))}
    </ol>
  );
}
