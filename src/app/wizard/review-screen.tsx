import { ActionGroup, Alert, Button, Heading, Paragraph } from '../design-system/nl-design-system';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answer-schema';
import type { CompiledQuestionnaire } from '../../engine/compile';
import type { Progress } from '../../engine/progress';
import { answerLabel } from '../../report/answer-label';
import { FocusHeading } from '../design-system/focus-heading';
import { useLang } from '../design-system/use-lang';

type Props = {
  compiled: CompiledQuestionnaire;
  progress: Progress;
  answers: Answers;
  canChange: (question: string) => boolean;
  onChange: (question: string) => void;
  onShowOutcome: () => void;
};

/** Every answer on the route to the outcome, each changeable; answers the new route no longer passes are named. */
export function ReviewScreen({ compiled, progress, answers, canChange, onChange, onShowOutcome }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const question = (id: string) => compiled.questions.get(id)!;

  return (
    <section className="review-screen">
      <FocusHeading level={1}>{t('review.heading')}</FocusHeading>
      <Paragraph>{t('review.intro')}</Paragraph>
      {progress.dropped.length > 0 && (
        <Alert type="warning" role="alert">
          <Heading level={2}>{t('review.droppedHeading')}</Heading>
          <Paragraph>{t('review.droppedIntro')}</Paragraph>
          <ul className="utrecht-unordered-list dropped-answers">
            {progress.dropped.map((id) => (
              <li key={id} className="utrecht-unordered-list__item">
                {compiled.questions.get(id)?.text[lang] ?? id}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <dl className="review-list">
        {progress.path.map((id) => (
          <div key={id} className="review-list__item">
            <dt className="review-list__question">{question(id).text[lang]}</dt>
            <dd className="review-list__answer">{answerLabel(question(id), answers[id]!, lang, t)}</dd>
            <dd className="review-list__action">
              <Button
                appearance="subtle-button"
                disabled={!canChange(id)}
                aria-label={t('review.changeLabel', { question: question(id).text[lang] })}
                onClick={() => onChange(id)}
              >
                {t('review.change')}
              </Button>
            </dd>
          </div>
        ))}
      </dl>
      <ActionGroup>
        <Button appearance="primary-action-button" onClick={onShowOutcome}>
          {t('review.showOutcome')}
        </Button>
      </ActionGroup>
    </section>
  );
}
