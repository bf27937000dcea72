import { z } from 'zod';

/** A primitive answer value a condition can compare with. */
const comparable = z.union([z.string(), z.number()]);

const questionRef = z.string().min(1);

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { equals: { question: string; value: string | number } }
  | { includes: { question: string; value: string } }
  | { answered: string }
  | { count: { question: string; min?: number; max?: number } }
  | { between: { question: string; min?: number; max?: number } }
  | { calculation: { id: string; level: CalculatedLevel } };

/** The risk level a calculation arrives at (see calculation-schema.ts). */
export const calculatedLevels = ['low', 'medium', 'high'] as const;
export type CalculatedLevel = (typeof calculatedLevels)[number];

/**
 * Conditions are data, never code: each form names the question it reads.
 * - equals: the answer is exactly this option id / value;
 * - includes: a multiple-choice answer contains this option;
 * - answered: the question has an answer;
 * - count: a multiple-choice answer has between min and max options selected;
 * - between: a number answer lies within [min, max];
 * - calculation: a calculation of the questionnaire arrives at this level (false while its inputs are unanswered).
 */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ equals: z.strictObject({ question: questionRef, value: comparable }) }),
    z.strictObject({ includes: z.strictObject({ question: questionRef, value: z.string() }) }),
    z.strictObject({ answered: questionRef }),
    z.strictObject({
      count: z.strictObject({
        question: questionRef,
        min: z.number().int().nonnegative().optional(),
        max: z.number().int().nonnegative().optional(),
      }),
    }),
    z.strictObject({
      between: z.strictObject({
        question: questionRef,
        min: z.number().optional(),
        max: z.number().optional(),
      }),
    }),
    z.strictObject({ calculation: z.strictObject({ id: z.string().min(1), level: z.enum(calculatedLevels) }) }),
  ]),
);
