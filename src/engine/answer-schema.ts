import { z } from 'zod';
import { schemaMessages } from './schema-messages';
import type { Question, QuestionType } from './questionnaire-schema';

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

/** All an answer schema is built from; answerSchema reads nothing else, so equal shapes make equal schemas. */
type SchemaShape = {
  type: QuestionType;
  offered: readonly string[];
  maxLength?: number;
  min?: number;
  max?: number;
  integer?: boolean;
};

const shapeOf = (question: Question, offered: readonly string[]): SchemaShape => ({
  type: question.type,
  offered,
  ...(question.type === 'text' && { maxLength: question.maxLength }),
  ...(question.type === 'number' && { min: question.min, max: question.max, integer: question.integer }),
});

/** Equal for two questions whose answers answerSchema checks alike, so they can share one schema (answerValidator). */
export const answerSchemaKey = (question: Question, offered: readonly string[] = optionIds(question)): string =>
  JSON.stringify(shapeOf(question, offered));

/**
 * The zod schema of one answer, derived from the question: the wizard, replay and the CLI share it.
 * `offered` narrows a choice to the options offered given the earlier answers.
 */
export const answerSchema = (
  question: Question,
  offered: readonly string[] = optionIds(question),
): z.ZodType<AnswerValue> => schemaOf(shapeOf(question, offered));

function schemaOf(shape: SchemaShape): z.ZodType<AnswerValue> {
  const choice = () => z.enum(shape.offered as [string, ...string[]]);
  switch (shape.type) {
    case 'single-choice':
    case 'yes-no-unknown':
      return choice();
    case 'multiple-choice':
      return z
        .array(choice())
        .min(1)
        .refine((ids) => new Set(ids).size === ids.length, schemaMessages['option-selected-twice']);
    case 'text':
      return z
        .string()
        .trim()
        .min(1)
        .max(shape.maxLength ?? defaultTextLength);
    case 'number': {
      let schema = shape.integer ? z.number().int() : z.number();
      if (shape.min !== undefined) schema = schema.min(shape.min);
      if (shape.max !== undefined) schema = schema.max(shape.max);
      return schema;
    }
    case 'date':
      return z.iso.date();
  }
}
