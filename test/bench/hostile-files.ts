import { parseQuestionnaire } from '../../src/engine/parse-questionnaire';
import { hostileFileNames, hostileFiles } from '../fixtures/hostile-files';
import { summarize, timeRuns, type Summary } from './stats';

/**
 * How long the engine takes to refuse each hostile questionnaire file (the same parse and checks the app runs in its
 * worker and the CLI runs in its process): each must stay far below the app's time limit of 10 s.
 * npm run bench -- --only hostile
 */
export async function measureHostileFiles(log: (line: string) => void): Promise<Record<string, Summary>> {
  const results: Record<string, Summary> = {};
  for (const name of hostileFileNames) {
    log(`hostile file: ${name}`);
    const text = hostileFiles[name]();
    results[name] = summarize(
      await timeRuns(() => {
        if (parseQuestionnaire(text, `${name}.yaml`).ok) throw new Error(`${name} was accepted`);
      }, 5),
    );
  }
  return results;
}
