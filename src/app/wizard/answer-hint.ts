import type { TFunction } from 'i18next';
import { defaultTextLength } from '../../engine/answer-schema';
import type { Question } from '../../engine/questionnaire-schema';

/** What a valid answer looks like, said before the user types: the limits the engine's answer schema will check. */
export function answerHint(question: Question, t: TFunction): string | null {
  switch (question.type) {
    case 'multiple-choice':
      return t('answer.chooseAll');
    case 'text':
      return t('answer.maxLength', { max: question.maxLength ?? defaultTextLength });
    case 'number': {
      const { min, max } = question;
      const range =
        min !== undefined && max !== undefined
          ? t('answer.rangeBoth', { min, max })
          : min !== undefined
            ? t('answer.rangeMin', { min })
            : max !== undefined
              ? t('answer.rangeMax', { max })
              : null;
      return [range, question.integer ? t('answer.integer') : null].filter(Boolean).join(' ') || null;
    }
    default:
      return null;
  }
}
