import { parseArgs } from 'node:util';
import { assessmentResult } from '../engine/assessment-result';
import { fail, readAssessmentInput } from './assessment-input';

/**
 * npm run -s assess -- --questionnaire <id|file> --answers <answers.json> [--lang nl|en]
 * Prints the assessment as JSON. Exit 0: complete; 3: the answers stop before an outcome; 2: bad input.
 */
const usage = 'usage: assess --questionnaire <id or file> --answers <answers.json> [--lang nl|en]';

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
  fail('assess', `${(error as Error).message}\n${usage}`);
}
const { compiled, answers, lang, replayed } = readAssessmentInput('assess', values);
process.stdout.write(JSON.stringify(assessmentResult(compiled, replayed, answers, lang), null, 2) + '\n');
process.exit(replayed.complete ? 0 : 3);
