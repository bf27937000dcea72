import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { checkQuestionnaire } from '../engine/check-questionnaire';
import { compile } from '../engine/compile';
import { formatProblem, parseYamlWith } from '../engine/parse-questionnaire';
import type { Questionnaire } from '../engine/questionnaire-schema';
import { scenarioProblems } from '../engine/scenario-check';
import { scenarioFileSchema } from '../engine/scenario-schema';
import { validateWith } from '../engine/validate-questionnaire';
import { builtInFiles, displayPath, loadQuestionnaireFile, scenarioFileOf } from './questionnaire-files';

/**
 * npm run -s check:questionnaires [file …]
 * Proves for each questionnaire (the built-in ones, or the files named) that it parses, that every question
 * is reachable and every route ends in an outcome, that conditions name real questions and options, and
 * that both languages are complete; then replays its worked scenarios. Prints the path count per questionnaire.
 */
function checkScenarios(questionnaire: Questionnaire, file: string): string[] {
  const parsed = parseYamlWith(readFileSync(file, 'utf8'), displayPath(file), validateWith(scenarioFileSchema));
  if (!parsed.ok) return parsed.problems.map(formatProblem);
  if (parsed.value.questionnaire !== questionnaire.id) {
    return [
      `${displayPath(file)} $.questionnaire: is "${parsed.value.questionnaire}", but the questionnaire beside it is "${questionnaire.id}"`,
    ];
  }
  const compiled = compile(questionnaire);
  return parsed.value.scenarios.flatMap((scenario, index) =>
    scenarioProblems(compiled, scenario).map(
      (problem) => `${displayPath(file)} $.scenarios[${index}] (${scenario.id}): ${problem}`,
    ),
  );
}

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : builtInFiles();
let failed = false;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file}: no such file`);
    failed = true;
    continue;
  }
  const parsed = loadQuestionnaireFile(file);
  if (!parsed.ok) {
    parsed.problems.forEach((problem) => console.error(formatProblem(problem)));
    failed = true;
    continue;
  }
  const questionnaire = parsed.value;
  const { paths } = checkQuestionnaire(questionnaire);
  const scenarioFile = scenarioFileOf(file);
  const scenarioProblems = existsSync(scenarioFile) ? checkScenarios(questionnaire, scenarioFile) : [];
  scenarioProblems.forEach((problem) => console.error(problem));
  failed ||= scenarioProblems.length > 0;
  const scenarios = existsSync(scenarioFile) ? 'scenarios checked' : 'no scenarios';
  console.log(
    `${questionnaire.id} ${questionnaire.version}: ${questionnaire.questions.length} questions, ` +
      `${questionnaire.outcomes.length} outcomes, ${paths} paths, nl+en complete, ${scenarios} — ${scenarioProblems.length > 0 ? 'FAILED' : 'ok'}`,
  );
}
process.exit(failed ? 1 : 0);
