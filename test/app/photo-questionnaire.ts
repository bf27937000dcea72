import { builtInQuestionnaires } from '../../src/app/built-in-questionnaires';
import type { QuestionnaireFile } from '../../src/app/load-questionnaire';
import { questionnaireSchema } from '../../src/engine/questionnaire-schema';

const found = builtInQuestionnaires.find((file) => file.file === 'questionnaires/photo-purpose-test.yaml');
if (!found) throw new Error('questionnaires/photo-purpose-test.yaml is not among the built-in questionnaires');

/** The built-in photo purpose test exactly as the app receives it, and its parsed data for the tests to read texts from. */
export const photoFile: QuestionnaireFile = found;
export const photo = questionnaireSchema.parse(found.data);
