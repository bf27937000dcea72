import { z } from 'zod';
import { answersSchema } from './answer-schema';
import { idSchema } from './id-schema';
import { textSchema } from './text';

/** A worked case: a named story with its answers and the outcome they must reach; trainers use these in workshops. */
export const scenarioSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  story: textSchema,
  answers: answersSchema,
  expect: z.strictObject({
    outcome: idSchema,
    /** Per calculation id, the expected probability over the period in percent, to 0.1 percentage point. */
    calculations: z.record(z.string(), z.number().min(0).max(100)).optional(),
  }),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** One file of scenarios per questionnaire, kept beside it in questionnaires/. */
export const scenarioFileSchema = z.strictObject({
  format: z.literal(1),
  questionnaire: idSchema,
  scenarios: z.array(scenarioSchema).min(1),
});
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
