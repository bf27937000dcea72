import { assessmentResult } from '../engine/assessment-result';
import { parseCommand, readAssessmentInput } from './assessment-input';

/**
 * npm run -s assess -- --questionnaire <id|file> --answers <answers.json> [--lang nl|en]
 * Prints the assessment as JSON. Exit 0: complete; 3: the answers stop before an outcome; 2: bad input.
 */
const usage = 'usage: assess --questionnaire <id or file> --answers <answers.json> [--lang nl|en]';

const values = parseCommand('assess', usage, {});
const { compiled, answers, lang, replayed } = readAssessmentInput('assess', values);
process.stdout.write(JSON.stringify(assessmentResult(compiled, replayed, answers, lang), null, 2) + '\n');
process.exit(replayed.complete ? 0 : 3);
