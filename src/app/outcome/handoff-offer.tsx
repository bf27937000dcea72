import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answer-schema';
import type { AssessmentResult } from '../../engine/assessment-result';
import { Button, Heading, Paragraph } from '../design-system/nl-design-system';

type Props = {
  handoffs: AssessmentResult['handoffs'];
  /** The title of a questionnaire by id, or null where it is not available here. */
  titleOf: (questionnaire: string) => string | null;
  onHandoff: (questionnaire: string, answers: Answers) => void;
};

/** The next questionnaires an outcome points to, started with what is already known. */
export function HandoffOffer({ handoffs, titleOf, onHandoff }: Props) {
  const { t } = useTranslation();
  const available = handoffs.flatMap((handoff) => {
    const title = titleOf(handoff.questionnaire);
    return title ? [{ ...handoff, title }] : [];
  });
  if (available.length === 0) return null;
  return (
    <section className="handoffs">
      <Heading level={2}>{t('handoff.heading')}</Heading>
      {available.map((handoff) => (
        <div key={handoff.questionnaire} className="handoff">
          <Paragraph>
            {handoff.text} {Object.keys(handoff.answers).length > 0 && t('handoff.carried')}
          </Paragraph>
          <Button appearance="primary-action-button" onClick={() => onHandoff(handoff.questionnaire, handoff.answers)}>
            {t('handoff.start', { title: handoff.title })}
          </Button>
        </div>
      ))}
    </section>
  );
}
