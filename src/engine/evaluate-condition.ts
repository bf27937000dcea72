import type { Answers } from './answer-schema';
import type { Condition } from './condition-schema';

/** Evaluates a declarative condition against the answers given so far; an unanswered question satisfies nothing but `not`. */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, answers));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  if ('answered' in condition) return Object.hasOwn(answers, condition.answered);
  if ('equals' in condition) return answerOf(answers, condition.equals.question) === condition.equals.value;
  if ('includes' in condition) {
    const answer = answerOf(answers, condition.includes.question);
    return Array.isArray(answer) && answer.includes(condition.includes.value);
  }
  if ('count' in condition) {
    const answer = answerOf(answers, condition.count.question);
    return Array.isArray(answer) && within(answer.length, condition.count);
  }
  const answer = answerOf(answers, condition.between.question);
  return typeof answer === 'number' && within(answer, condition.between);
}

const answerOf = (answers: Answers, question: string) =>
  Object.hasOwn(answers, question) ? answers[question] : undefined;

const within = (value: number, { min, max }: { min?: number; max?: number }) =>
  (min === undefined || value >= min) && (max === undefined || value <= max);

/** The question ids a condition reads, for the checks. */
export function questionsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  if ('not' in condition) return questionsIn(condition.not);
  if ('answered' in condition) return [condition.answered];
  if ('equals' in condition) return [condition.equals.question];
  if ('includes' in condition) return [condition.includes.question];
  if ('count' in condition) return [condition.count.question];
  return [condition.between.question];
}
