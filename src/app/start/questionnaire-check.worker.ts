import { parseQuestionnaire } from '../../engine/parse-questionnaire';

export type CheckRequest = { text: string; file: string };

/** Parses and checks an opened questionnaire file: the same gate as every questionnaire, in a worker of its own. */
export const answer = ({ text, file }: CheckRequest) => parseQuestionnaire(text, file);

// In a worker, answer the file sent; a component test runs this module in the page's thread and calls `answer` itself.
if ('WorkerGlobalScope' in globalThis)
  addEventListener('message', (event: MessageEvent<CheckRequest>) => postMessage(answer(event.data)));
