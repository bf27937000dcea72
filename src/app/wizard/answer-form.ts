import { z } from 'zod';
import { answerSchema, type AnswerValue } from '../../engine/answer-schema';
import type { Question } from '../../engine/questionnaire-schema';

/** What the form holds: inputs give strings (number inputs too), checkboxes a list, and no radio chosen gives null. */
export type AnswerFormValue = string | string[] | null;
export type AnswerForm = { answer: AnswerFormValue };

/** The form value as the engine's answer: empty means no answer, and a number question's text becomes a number. */
function fromForm(question: Question, value: AnswerFormValue): unknown {
  if (value === null || Array.isArray(value)) return value ?? undefined;
  if (value.trim() === '') return undefined;
  return question.type === 'number' ? Number(value) : value;
}

/** The step's zod schema: the engine's answerSchema behind an adapter for form values, so the rules stay in one place. */
export const answerFormSchema = (question: Question, offered: readonly string[]) =>
  z.object({
    answer: z.preprocess((value: AnswerFormValue) => fromForm(question, value), answerSchema(question, offered)),
  });

/** An earlier answer as the form's starting value, so a revisited question comes back pre-filled. */
export function toFormValue(question: Question, answer: AnswerValue | undefined): AnswerFormValue {
  switch (question.type) {
    case 'multiple-choice':
      return Array.isArray(answer) ? answer : [];
    case 'single-choice':
    case 'yes-no-unknown':
      return typeof answer === 'string' ? answer : null;
    case 'number':
      return typeof answer === 'number' ? String(answer) : '';
    case 'text':
    case 'date':
      return typeof answer === 'string' ? answer : '';
  }
}
