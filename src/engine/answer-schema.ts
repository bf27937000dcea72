import { z } from 'zod';
import type { Question } from './questionnaire-schema';

export const yesNoUnknown = ['yes', 'no', 'unknown'] as const;
export const defaultTextLength = 5000;

export type AnswerValue = string | number | string[];
export type Answers = Record<string, AnswerValue>;

/** Any value an answers file may hold; what fits a given question is decided by answerSchema. */
export const answersSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));

/** Every option a choice question can have; offeredOptions (offered-options.ts) narrows it by the answers so far. */
export const optionIds = (question: Question): string[] =>
  question.type === 'yes-no-unknown'
    ? [...yesNoUnknown]
    : 'options' in question
      ? question.options.map((option) => option.id)
      : [];

/**
 * The zod schema of one answer, derived from the question: the wizard, replay and the CLI share it.
 * `offered` narrows a choice to the options offered given the earlier answers.
 */
export function answerSchema(
  question: Question,
  offered: readonly string[] = optionIds(question),
): z.ZodType<AnswerValue> {
  const choice = () => z.enum(offered as [string, ...string[]]);
  switch (question.type) {
    case 'single-choice':
    case 'yes-no-unknown':
      return choice();
    case 'multiple-choice':
      return z
        .array(choice())
        .min(1)
        .refine((ids) => new Set(ids).size === ids.length, 'an option is selected twice');
    case 'text':
      return z
        .string()
        .trim()
        .min(1)
        .max(question.maxLength ?? defaultTextLength);
    case 'number': {
      let schema = question.integer ? z.number().int() : z.number();
      if (question.min !== undefined) schema = schema.min(question.min);
      if (question.max !== undefined) schema = schema.max(question.max);
      return schema;
    }
    case 'date':
      return z.iso.date();
  }
}
