import { answerSchema, answerSchemaKey, optionIds, type Answers, type AnswerValue } from './answer-schema';
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

/**
 * Builds each answer schema when first needed and shares it between questions alike (most yes/no questions need
 * the same one), so compiling costs nothing per question; options that depend on earlier answers are narrowed per call.
 */
export function answerValidator(questions: Question[], calculations: Calculation[]): AnswerValidator {
  const narrowed = new Set(
    questions
      .filter((question) => 'options' in question && question.options.some((option) => option.when))
      .map((question) => question.id),
  );
  const shared = new Map<string, z.ZodType<AnswerValue>>();
  const schemaOf = (question: Question, offered?: readonly string[]) => {
    const key = answerSchemaKey(question, offered);
    if (!shared.has(key)) shared.set(key, answerSchema(question, offered));
    return shared.get(key)!;
  };
  const fixed = new Map<string, z.ZodType<AnswerValue>>();
  return (question, answers) => {
    if (narrowed.has(question.id)) return schemaOf(question, offeredOptions(question, answers, calculations));
    if (!fixed.has(question.id)) fixed.set(question.id, schemaOf(question));
    return fixed.get(question.id)!;
  };
}
