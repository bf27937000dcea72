import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { answersSchema, type Answers } from '../engine/answer-schema';
import { compile, type CompiledQuestionnaire } from '../engine/compile';
import { formatProblem } from '../engine/parse-questionnaire';
import { maxQuestionnaireBytes } from '../engine/questionnaire-file-size';
import { replay, type Replay } from '../engine/replay';
import { languages, type Lang } from '../engine/text';
import { loadQuestionnaireFile, resolveQuestionnaire } from './questionnaire-files';

/** A bad-input exit: one message on stderr, exit code 2, as the CLI contract says. */
export function fail(command: string, message: string): never {
  process.stderr.write(`${command}: ${message}\n`);
  process.exit(2);
}

type StringOptions = Record<string, { type: 'string'; default?: string }>;

/** The command's arguments: the shared --questionnaire, --answers and --lang, plus its own; a bad one exits 2 with the usage. */
export function parseCommand<Extra extends StringOptions>(command: string, usage: string, extra: Extra) {
  try {
    return parseArgs({
      options: {
        questionnaire: { type: 'string' },
        answers: { type: 'string' },
        lang: { type: 'string', default: 'nl' },
        ...extra,
      },
    }).values;
  } catch (error) {
    fail(command, `${(error as Error).message}\n${usage}`);
  }
}

export type AssessmentInput = { compiled: CompiledQuestionnaire; answers: Answers; lang: Lang; replayed: Replay };

/** The questionnaire (id or file), the answers file and the language, checked the same way for every command. */
export function readAssessmentInput(
  command: string,
  values: { questionnaire?: string | undefined; answers?: string | undefined; lang?: string | undefined },
): AssessmentInput {
  if (!values.questionnaire || !values.answers)
    fail(command, 'needs --questionnaire <id or file> and --answers <answers.json>');
  const lang = (values.lang ?? 'nl') as Lang;
  if (!languages.includes(lang)) fail(command, `--lang must be one of ${languages.join(', ')}, not "${values.lang}"`);

  let file: string;
  try {
    file = resolveQuestionnaire(values.questionnaire);
  } catch (error) {
    fail(command, (error as Error).message);
  }
  const parsed = loadQuestionnaireFile(file);
  if (!parsed.ok) fail(command, parsed.problems.map(formatProblem).join('\n'));

  let raw: unknown;
  try {
    // An answers file is a few kB: the questionnaire's limit keeps a huge one from being read at all.
    const bytes = statSync(values.answers).size;
    if (bytes > maxQuestionnaireBytes)
      fail(
        command,
        `the answers file ${values.answers} is ${Math.ceil(bytes / 1024)} kB; at most ${maxQuestionnaireBytes / 1024} kB can be read`,
      );
    raw = JSON.parse(readFileSync(values.answers, 'utf8'));
  } catch (error) {
    fail(command, `cannot read the answers file ${values.answers}: ${(error as Error).message}`);
  }
  const answers = answersSchema.safeParse(raw);
  if (!answers.success) {
    const issue = answers.error.issues[0]!;
    const where = issue.path.length > 0 ? `question "${String(issue.path[0])}"` : 'the answers file';
    fail(
      command,
      `${where}: ${issue.message} (an answers file is {"<question id>": option id, [option ids], text, date or number})`,
    );
  }

  const compiled = compile(parsed.value);
  const replayed = replay(compiled, answers.data);
  if (replayed.problems.length > 0) fail(command, replayed.problems.map((problem) => problem.message).join('\n'));
  return { compiled, answers: answers.data, lang, replayed };
}
