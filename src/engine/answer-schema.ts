import { z } from 'zod';
import type { Question } from './questionnaire-schema';

export const yesNoUnknown = ['yes', 'no', 'unknown'] as const;
export const defaultTextLength = 5000;

export type AnswerValue = string | number | string[];
export type Answers = Record<string, AnswerValue>;

/** Any value an answers file may hold; what fits a given question is decided by answerSchema. */
export const answersSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));

const optionIds = (question: Question): [string, ...string[]] => {
  if (question.type === 'yes-no-unknown') return [...yesNoUnknown];
  if (question.type === 'single-choice' || question.type === 'multiple-choice') {
    const [first, ...rest] = question.options.map((option) => option.id);
    return [first!, ...rest];
  }
  return [''];
};

/** The zod schema of one answer, derived from the question: the wizard, replay and the CLI share it. */
export function answerSchema(question: Question): z.ZodType<AnswerValue> {
  switch (question.type) {
    case 'single-choice':
    case 'yes-no-unknown':
      return z.enum(optionIds(question));
    case 'multiple-choice':
      return z
        .array(z.enum(optionIds(question)))
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
