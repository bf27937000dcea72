import type { Answers } from './answer-schema';
import type { Calculation } from './calculation-schema';
import { holds } from './holds';
import type { Question } from './questionnaire-schema';

/** The starting value of a number question: the first prefill whose `when` holds for the answers so far. */
export function prefillOf(question: Question, answers: Answers, calculations: Calculation[]): number | undefined {
  if (question.type !== 'number') return undefined;
  return question.prefill?.find((prefill) => !prefill.when || holds(prefill.when, answers, calculations))?.value;
}
