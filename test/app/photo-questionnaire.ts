import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtInQuestionnaires } from '../../src/app/start/built-in-questionnaires';
import type { QuestionnaireSource } from '../../src/app/start/load-questionnaire';
import { questionnaireSchema, type Questionnaire } from '../../src/engine/questionnaire-schema';

/** A built-in questionnaire's parsed data, read from its file, for the tests to take texts and ids from. */
export const questionnaireData = (id: string): Questionnaire =>
  questionnaireSchema.parse(parse(readFileSync(`questionnaires/${id}.yaml`, 'utf8')));

const found = builtInQuestionnaires.find((source) => source.file === 'questionnaires/photo-purpose-test.yaml');
if (!found) throw new Error('questionnaires/photo-purpose-test.yaml is not among the built-in questionnaires');

/** The built-in photo purpose test exactly as the app receives it, and its parsed data. */
export const photoFile: QuestionnaireSource = found;
export const photo = questionnaireData('photo-purpose-test');
