import { z } from 'zod';
import { questionnaireSchema } from './questionnaire-schema';
import { scenarioFileSchema } from './scenario-schema';

/** The published JSON Schemas, generated from the zod schemas so they can never disagree. */
export const jsonSchemas = () => ({
  questionnaire: { $id: 'questionnaire.schema.json', ...z.toJSONSchema(questionnaireSchema, { io: 'input' }) },
  scenarios: { $id: 'scenarios.schema.json', ...z.toJSONSchema(scenarioFileSchema, { io: 'input' }) },
});
