import { toPublishedJsonSchema } from './published-json-schema';
import { questionnaireSchema } from './questionnaire-schema';
import { scenarioFileSchema } from './scenario-schema';

/** The published JSON Schemas, generated from the zod schemas so they can never disagree. */
export const jsonSchemas = () => ({
  questionnaire: { $id: 'questionnaire.schema.json', ...toPublishedJsonSchema(questionnaireSchema) },
  scenarios: { $id: 'scenarios.schema.json', ...toPublishedJsonSchema(scenarioFileSchema) },
});
