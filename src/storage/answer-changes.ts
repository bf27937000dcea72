import type { Answers, AnswerValue } from '../engine/answer-schema';

/** One answer that differs between two sets of answers; `value: null` means it was removed. */
export type AnswerChange = { question: string; value: AnswerValue | null };

export const sameAnswer = (a: AnswerValue | undefined, b: AnswerValue | undefined): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, index) => item === b[index]) : a === b;

/** The answers added or changed in `after` (in its order), then those removed from `before`. */
export function answerChanges(before: Readonly<Answers>, after: Readonly<Answers>): AnswerChange[] {
  const valueIn = (answers: Readonly<Answers>, id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);
  const changed = Object.entries(after)
    .filter(([question, value]) => !sameAnswer(valueIn(before, question), value))
    .map(([question, value]) => ({ question, value }));
  const removed = Object.keys(before)
    .filter((question) => !Object.hasOwn(after, question))
    .map((question) => ({ question, value: null }));
  return [...changed, ...removed];
}
