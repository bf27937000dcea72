import type { FileProblem, Parsed } from '../../engine/parse-questionnaire';
import { englishOf } from '../../engine/problem';
import { phrase } from '../../engine/problem-phrase';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import type { CheckRequest } from './questionnaire-check.worker';

/** Far above what a real questionnaire takes (a tenth of a second) even on a slow phone; a file that takes longer is refused. */
export const checkTimeLimitSeconds = 10;

/**
 * Parses and checks an opened file in a Web Worker, so no file can freeze the page: a check that takes longer than
 * the time limit is stopped (the worker terminated) and named as a problem, as is a worker that fails.
 */
export function checkInWorker(
  text: string,
  file: string,
  timeLimitMs = checkTimeLimitSeconds * 1000,
): Promise<Parsed<Questionnaire>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./questionnaire-check.worker.ts', import.meta.url), { type: 'module' });
    const refused = (words: Omit<FileProblem, 'file' | 'line' | 'path' | 'message'>): Parsed<Questionnaire> => ({
      ok: false,
      problems: [{ file, line: null, path: '$', ...words, message: englishOf(words) }],
    });
    const finish = (result: Parsed<Questionnaire>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(refused(phrase('took-too-long', { seconds: Math.round(timeLimitMs / 1000) }))),
      timeLimitMs,
    );
    worker.addEventListener('message', (event: MessageEvent<Parsed<Questionnaire>>) => finish(event.data));
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      finish(refused(phrase('file-unreadable', { reason: event.message || 'the check stopped' })));
    });
    worker.postMessage({ text, file } satisfies CheckRequest);
  });
}
