import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { builtInFiles, loadQuestionnaireFile, scenarioFileOf } from '../../src/cli/questionnaire-files';
import { runCalculation } from '../../src/engine/calculate';
import { checkHandoffs } from '../../src/engine/check-handoffs';
import { checkQuestionnaire } from '../../src/engine/check-questionnaire';
import { compile } from '../../src/engine/compile';
import { lawfulAccessRisk } from '../../src/engine/lawful-access-risk';
import type { Questionnaire } from '../../src/engine/questionnaire-schema';
import { replay } from '../../src/engine/replay';
import { scenarioProblems } from '../../src/engine/scenario-check';
import { scenarioFileSchema, type Scenario } from '../../src/engine/scenario-schema';
import { validateQuestionnaire } from '../../src/engine/validate-questionnaire';
import { generatedQuestionnaire } from './generated-questionnaire';
import { summarize, timeRuns, type Summary } from './stats';

export type QuestionnaireTimes = {
  id: string;
  questions: number;
  /** The worked scenario with the most answers, replayed. */
  scenario: string;
  answers: number;
  validate: Summary;
  compile: Summary;
  replay: Summary;
};

export type EngineResults = {
  questionnaires: QuestionnaireTimes[];
  generated: {
    questions: number;
    pathLength: number;
    validate: Summary;
    compile: Summary;
    replay: Summary;
    compileAndReplay: Summary;
  };
  check: { cli: Summary; cliWithoutNpm: Summary; tsxStartup: Summary; inProcess: Summary };
  dtia: { lawfulAccessRisk: Summary; runCalculation: Summary; callsPerRun: number };
};

const runs = 30;

function builtIn() {
  return builtInFiles().map((file) => {
    const parsed = loadQuestionnaireFile(file);
    if (!parsed.ok) throw new Error(`${basename(file)} does not load: ${parsed.problems[0]?.message}`);
    const data: unknown = parse(readFileSync(file, 'utf8'));
    const { scenarios } = scenarioFileSchema.parse(parse(readFileSync(scenarioFileOf(file), 'utf8')));
    return { file, data, questionnaire: parsed.value, scenarios };
  });
}

const longest = (scenarios: Scenario[]) =>
  scenarios.reduce((a, b) => (Object.keys(b.answers).length > Object.keys(a.answers).length ? b : a));

async function questionnaireTimes(loaded: ReturnType<typeof builtIn>): Promise<QuestionnaireTimes[]> {
  const results: QuestionnaireTimes[] = [];
  for (const { data, questionnaire, scenarios } of loaded) {
    const worked = longest(scenarios);
    const compiled = compile(questionnaire);
    results.push({
      id: questionnaire.id,
      questions: questionnaire.questions.length,
      scenario: worked.id,
      answers: Object.keys(worked.answers).length,
      validate: summarize(await timeRuns(() => validateQuestionnaire(data), runs)),
      compile: summarize(await timeRuns(() => compile(questionnaire), runs)),
      replay: summarize(await timeRuns(() => replay(compiled, worked.answers), runs)),
    });
  }
  return results;
}

async function generatedTimes(): Promise<EngineResults['generated']> {
  const { data, answers, outcome } = generatedQuestionnaire(1000);
  const validated = validateQuestionnaire(data);
  if (!validated.ok) throw new Error(`the generated questionnaire is not valid: ${validated.problems[0]?.message}`);
  const questionnaire = validated.value;
  const compiled = compile(questionnaire);
  const walked = replay(compiled, answers);
  if (walked.problems.length > 0 || walked.outcome?.id !== outcome || walked.path.length !== 1000) {
    throw new Error(`the full path of the generated questionnaire ends at ${walked.outcome?.id ?? walked.current?.id}`);
  }
  // Fewer runs than for the real questionnaires: one run takes up to seconds.
  const timed = async (task: () => unknown) => summarize(await timeRuns(task, 7, 2));
  return {
    questions: questionnaire.questions.length,
    pathLength: walked.path.length,
    validate: await timed(() => validateQuestionnaire(data)),
    compile: await timed(() => compile(questionnaire)),
    replay: await timed(() => replay(compiled, answers)),
    compileAndReplay: await timed(() => replay(compile(questionnaire), answers)),
  };
}

/** What `npm run check:questionnaires` does, in this process: load and check each file, hand-offs, scenarios. */
function checkEverything() {
  const loaded = builtInFiles().map((file) => ({ file, parsed: loadQuestionnaireFile(file) }));
  const all: Questionnaire[] = loaded.flatMap(({ parsed }) => (parsed.ok ? [parsed.value] : []));
  const problems: string[] = [];
  for (const { file, parsed } of loaded) {
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((problem) => problem.message));
      continue;
    }
    checkQuestionnaire(parsed.value);
    problems.push(...checkHandoffs(parsed.value, all).map((problem) => problem.message));
    const scenarioFile = scenarioFileOf(file);
    if (!existsSync(scenarioFile)) continue;
    const { scenarios } = scenarioFileSchema.parse(parse(readFileSync(scenarioFile, 'utf8')));
    const compiled = compile(parsed.value);
    problems.push(...scenarios.flatMap((scenario) => scenarioProblems(compiled, scenario)));
  }
  if (problems.length > 0) throw new Error(`the questionnaires do not pass their checks: ${problems[0]}`);
}

/** A command from its start to its exit; it must succeed. */
function timeCommand(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const time = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return time;
}

const tsx = 'node_modules/.bin/tsx';
/** The command as a user runs it; then without npm, and tsx with nothing to run, to show where the time goes. */
const commands = {
  cli: () => timeCommand('npm', ['run', '-s', 'check:questionnaires']),
  cliWithoutNpm: () => timeCommand(tsx, ['src/cli/check-questionnaires.ts']),
  tsxStartup: () => timeCommand(tsx, ['--eval', '']),
};

/** Microseconds per call, from runs of many calls each (one call is too short to time on its own). */
async function perCall(call: () => number, calls: number): Promise<Summary> {
  let sink = 0;
  const times = await timeRuns(() => {
    for (let i = 0; i < calls; i++) sink += call();
  }, 30);
  if (Number.isNaN(sink)) throw new Error('the calculation gave NaN');
  return summarize(times.map((ms) => (ms * 1000) / calls));
}

async function dtiaTimes(loaded: ReturnType<typeof builtIn>): Promise<EngineResults['dtia']> {
  const withCalculation = loaded.find(({ questionnaire }) => questionnaire.calculations.length > 0)!;
  const calculation = withCalculation.questionnaire.calculations[0]!;
  const answers = longest(withCalculation.scenarios).answers;
  const result = runCalculation(calculation, answers);
  if (!result) throw new Error(`the longest ${withCalculation.questionnaire.id} scenario does not reach the figures`);
  const paths = result.factors.map(({ path, values }) => ({ id: path, factors: values.map((v) => v.value) }));
  const calls = 10_000;
  return {
    lawfulAccessRisk: await perCall(() => lawfulAccessRisk(result.periodYears, paths).perYear, calls),
    runCalculation: await perCall(() => runCalculation(calculation, answers)!.risk.perYear, calls),
    callsPerRun: calls,
  };
}

/** The engine in Node: every measurement is warmed up first and then repeated; each reports median and range. */
export async function measureEngine(log: (line: string) => void): Promise<EngineResults> {
  const loaded = builtIn();
  log('engine: real questionnaires');
  const questionnaires = await questionnaireTimes(loaded);
  log('engine: generated questionnaire of 1,000 questions');
  const generated = await generatedTimes();
  log('engine: check:questionnaires');
  const inProcess = summarize(await timeRuns(checkEverything, 10, 2));
  // Taken in turn, so a busy moment on the machine does not fall on one command only.
  const times: Record<keyof typeof commands, number[]> = { cli: [], cliWithoutNpm: [], tsxStartup: [] };
  for (let run = 0; run <= 5; run++) {
    for (const name of ['cli', 'cliWithoutNpm', 'tsxStartup'] as const) {
      const time = commands[name](); // the first round warms up the disk cache and tsx's own
      if (run > 0) times[name].push(time);
    }
  }

  log('engine: DTIA computation');
  const dtia = await dtiaTimes(loaded);
  const check = {
    cli: summarize(times.cli),
    cliWithoutNpm: summarize(times.cliWithoutNpm),
    tsxStartup: summarize(times.tsxStartup),
    inProcess,
  };
  return { questionnaires, generated, check, dtia };
}
