import { existsSync } from 'node:fs';
import { checkHandoffs } from '../engine/check-handoffs';
import { checkQuestionnaire } from '../engine/check-questionnaire';
import { jsonPath } from '../engine/json-path';
import { compile } from '../engine/compile';
import { formatProblem } from '../engine/parse-questionnaire';
import type { Questionnaire } from '../engine/questionnaire-schema';
import { scenarioProblems } from '../engine/scenario-check';
import { scenarioFileSchema } from '../engine/scenario-schema';
import { validateWith } from '../engine/validate-questionnaire';
import { builtInFiles, displayPath, loadQuestionnaireFile, parseYamlFile, scenarioFileOf } from './questionnaire-files';

/**
 * npm run -s check:questionnaires [file …]
 * Proves for each questionnaire (the built-in ones, or the files named) that it parses, that every question
 * is reachable and every route ends in an outcome, that conditions name real questions and options, and
 * that both languages are complete; then replays its worked scenarios. Prints the path count per questionnaire.
 */
function checkScenarios(questionnaire: Questionnaire, file: string): string[] {
  const parsed = parseYamlFile(file, validateWith(scenarioFileSchema));
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

const named = process.argv.slice(2);
const files = named.length > 0 ? named : builtInFiles();
const missing = files.filter((file) => !existsSync(file));
missing.forEach((file) => console.error(`${file}: no such file`));
const loaded = files.filter((file) => existsSync(file)).map((file) => ({ file, parsed: loadQuestionnaireFile(file) }));
// Hand-offs may point at any built-in questionnaire, also when only some files are named.
const others = named.length > 0 ? builtInFiles().map(loadQuestionnaireFile) : [];
const all = [...loaded.map(({ parsed }) => parsed), ...others].flatMap((parsed) => (parsed.ok ? [parsed.value] : []));

let failed = missing.length > 0;
for (const { file, parsed } of loaded) {
  if (!parsed.ok) {
    parsed.problems.forEach((problem) => console.error(formatProblem(problem)));
    failed = true;
    continue;
  }
  const questionnaire = parsed.value;
  const { paths } = checkQuestionnaire(questionnaire);
  const handoffProblems = checkHandoffs(questionnaire, all).map(
    ({ path, message }) => `${displayPath(file)} ${jsonPath(path)}: ${message}`,
  );
  const scenarioFile = scenarioFileOf(file);
  const problems = [
    ...handoffProblems,
    ...(existsSync(scenarioFile) ? checkScenarios(questionnaire, scenarioFile) : []),
  ];
  problems.forEach((problem) => console.error(problem));
  failed ||= problems.length > 0;
  const scenarios = existsSync(scenarioFile) ? 'scenarios checked' : 'no scenarios';
  console.log(
    `${questionnaire.id} ${questionnaire.version}: ${questionnaire.questions.length} questions, ` +
      `${questionnaire.outcomes.length} outcomes, ${paths} paths, nl+en complete, ${scenarios} — ${problems.length > 0 ? 'FAILED' : 'ok'}`,
  );
}
process.exit(failed ? 1 : 0);
