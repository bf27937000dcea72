import { z } from 'zod';
import { conditionSchema } from './condition-schema';
import { idSchema } from './id-schema';
import { sourcesSchema as sources, textSchema } from './text';

const questionId = z.string().min(1);

/**
 * A lawful-access calculation (the Rosenthal method of the SLM Rijk DTIAs), declared in the questionnaire and
 * computed by the engine from the answers: each path multiplies its factor questions (probabilities 0-1),
 * the paths combine as independent events over `period` years, and the level is HIGH when `highWhen` holds
 * (the SLM Rijk rule), else MEDIUM above the `threshold` percentage over the period, else LOW.
 */
export const calculationSchema = z.strictObject({
  id: idSchema,
  method: z.literal('lawful-access'),
  label: textSchema,
  /** A number question: the assessment period in years. */
  period: questionId,
  /** A number question: the acceptance threshold, a percentage over the period. */
  threshold: questionId,
  highWhen: conditionSchema,
  highReason: textSchema,
  paths: z
    .array(
      z.strictObject({
        id: idSchema,
        label: textSchema,
        /** Number questions, each a conditional probability from 0 to 1. */
        factors: z.array(questionId).min(1),
        source: sources,
      }),
    )
    .min(1),
  source: sources,
});
export type Calculation = z.infer<typeof calculationSchema>;
