import { answerSchema, optionIds, type Answers, type AnswerValue } from './answer-schema';
import type { Calculation } from './calculation-schema';
import { holds } from './holds';
import type { Question } from './questionnaire-schema';
import type { z } from 'zod';

/** The option ids a question offers given the answers so far: an option with a `when` only while it holds. */
export function offeredOptions(question: Question, answers: Answers, calculations: Calculation[]): string[] {
  if (question.type !== 'single-choice' && question.type !== 'multiple-choice') return optionIds(question);
  return question.options
    .filter((option) => !option.when || holds(option.when, answers, calculations))
    .map((option) => option.id);
}

export type AnswerValidator = (question: Question, answersBefore: Answers) => z.ZodType<AnswerValue>;

/** Builds the answer schema of each question once, or per call where its options depend on earlier answers. */
export function answerValidator(questions: Question[], calculations: Calculation[]): AnswerValidator {
  const fixed = new Map(
    questions
      .filter((question) => !('options' in question) || question.options.every((option) => !option.when))
      .map((question) => [question.id, answerSchema(question)]),
  );
  return (question, answers) =>
    fixed.get(question.id) ?? answerSchema(question, offeredOptions(question, answers, calculations));
}
