import { z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';
import type { QuestionType } from '../engine/questionnaire-schema';

const validationKeys = [
  'chooseOne',
  'chooseAtLeast',
  'chooseListed',
  'required',
  'tooLong',
  'number',
  'integer',
  'atLeast',
  'above',
  'atMost',
  'below',
  'date',
  'invalid',
] as const;

/** A translatable validation message: the key under `validation.` and the limits it names. */
const validationMessageSchema = z.object({
  key: z.enum(validationKeys),
  values: z.record(z.string(), z.number()).optional(),
});
export type ValidationMessage = z.infer<typeof validationMessageSchema>;

const nothingGiven = (input: unknown) => input === undefined || input === null || input === '';

/** What "no answer" means to say for each kind of question. */
const missing = (type: QuestionType): ValidationMessage => {
  if (type === 'single-choice' || type === 'yes-no-unknown') return { key: 'chooseOne' };
  if (type === 'multiple-choice') return { key: 'chooseAtLeast', values: { count: 1 } };
  if (type === 'number') return { key: 'number' };
  return { key: 'required' };
};

/** Maps a zod issue on an answer to a message in the app's own words, with its limits (too_small, too_big, …). */
export function validationMessage(issue: $ZodRawIssue, type: QuestionType): ValidationMessage {
  if (nothingGiven(issue.input) && issue.code !== 'too_small') return missing(type);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { key: 'integer' };
      if (issue.expected === 'number') return { key: 'number' };
      return missing(type);
    case 'invalid_value':
      return { key: 'chooseListed' };
    case 'invalid_format':
      return issue.format === 'date' ? { key: 'date' } : { key: 'invalid' };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'array') return { key: 'chooseAtLeast', values: { count: minimum } };
      if (issue.origin === 'string') return { key: 'required' };
      return { key: issue.inclusive === false ? 'above' : 'atLeast', values: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'tooLong', values: { maximum } };
      return { key: issue.inclusive === false ? 'below' : 'atMost', values: { maximum } };
    }
    default:
      return { key: 'invalid' };
  }
}

// react-hook-form keeps only a string per error; the message travels as JSON so it is translated when shown, in the current language.
export const encodeMessage = (message: ValidationMessage): string => JSON.stringify(message);

/** A message not made by validationMessage (say a custom refine in the engine) falls back to the general one. */
export function decodeMessage(text: string | undefined): ValidationMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '');
  } catch {
    parsed = undefined;
  }
  const result = validationMessageSchema.safeParse(parsed);
  return result.success ? result.data : { key: 'invalid' };
}
