import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtInFiles, loadQuestionnaireFile, scenarioFileOf } from '../../src/cli/questionnaire-files';
import { compile } from '../../src/engine/compile';
import { scenarioFileSchema } from '../../src/engine/scenario-schema';
import { languages } from '../../src/engine/text';

/** Every built-in questionnaire with its worked scenarios, loaded the way the CLI loads them. */
export const builtInScenarios = () =>
  builtInFiles().map((file) => {
    const parsed = loadQuestionnaireFile(file);
    if (!parsed.ok) throw new Error(`${file} does not load`);
    const { scenarios } = scenarioFileSchema.parse(parse(readFileSync(scenarioFileOf(file), 'utf8')));
    return { questionnaire: parsed.value, compiled: compile(parsed.value), scenarios };
  });

/** Each worked scenario in each language: what every report renderer must render completely. */
export const scenarioCases = () =>
  builtInScenarios().flatMap(({ compiled, scenarios }) =>
    scenarios.flatMap((scenario) =>
      languages.map((lang) => ({
        name: `${compiled.questionnaire.id}/${scenario.id} (${lang})`,
        compiled,
        scenario,
        lang,
      })),
    ),
  );
