import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { answersSchema } from '../engine/answer-schema';
import { assessmentResult } from '../engine/assessment-result';
import { compile } from '../engine/compile';
import { formatProblem } from '../engine/parse-questionnaire';
import { replay } from '../engine/replay';
import { languages, type Lang } from '../engine/text';
import { loadQuestionnaireFile, resolveQuestionnaire } from './questionnaire-files';

/**
 * npm run -s assess -- --questionnaire <id|file> --answers <answers.json> [--lang nl|en]
 * Prints the assessment as JSON. Exit 0: complete; 3: the answers stop before an outcome; 2: bad input.
 */
const usage = 'usage: assess --questionnaire <id or file> --answers <answers.json> [--lang nl|en]';

function fail(message: string): never {
  process.stderr.write(`assess: ${message}\n`);
  process.exit(2);
}

function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        questionnaire: { type: 'string' },
        answers: { type: 'string' },
        lang: { type: 'string', default: 'nl' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  if (!values.questionnaire || !values.answers) fail(usage);
  const lang = values.lang as Lang;
  if (!languages.includes(lang)) fail(`--lang must be one of ${languages.join(', ')}, not "${values.lang}"`);

  let file: string;
  try {
    file = resolveQuestionnaire(values.questionnaire);
  } catch (error) {
    fail((error as Error).message);
  }
  const parsed = loadQuestionnaireFile(file);
  if (!parsed.ok) fail(parsed.problems.map(formatProblem).join('\n'));

  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(values.answers, 'utf8'));
  } catch (error) {
    fail(`cannot read the answers file ${values.answers}: ${(error as Error).message}`);
  }
  const answers = answersSchema.safeParse(raw);
  if (!answers.success) {
    const issue = answers.error.issues[0]!;
    const where = issue.path.length > 0 ? `question "${String(issue.path[0])}"` : 'the answers file';
    fail(
      `${where}: ${issue.message} (an answers file is {"<question id>": option id, [option ids], text, date or number})`,
    );
  }

  const compiled = compile(parsed.value);
  const result = replay(compiled, answers.data);
  if (result.problems.length > 0) fail(result.problems.map((problem) => problem.message).join('\n'));

  process.stdout.write(JSON.stringify(assessmentResult(compiled, result, answers.data, lang), null, 2) + '\n');
  process.exit(result.complete ? 0 : 3);
}

main();
