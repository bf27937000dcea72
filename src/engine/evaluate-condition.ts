import type { Answers } from './answer-schema';
import type { CalculatedLevel, Condition } from './condition-schema';

/** The level a named calculation arrives at for the same answers, or null while its inputs are unanswered. */
export type LevelOf = (calculation: string) => CalculatedLevel | null;

/**
 * Evaluates a declarative condition against the answers given so far; an unanswered question satisfies
 * nothing but `not`. Use `holds` (holds.ts) where the questionnaire's calculations may be named.
 */
export function evaluateCondition(condition: Condition, answers: Answers, levelOf: LevelOf = () => null): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, answers, levelOf));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, answers, levelOf));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, levelOf);
  if ('calculation' in condition) return levelOf(condition.calculation.id) === condition.calculation.level;
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

/** The question ids a condition reads directly, for the checks; a calculation's own inputs are checked with it. */
export function questionsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  if ('not' in condition) return questionsIn(condition.not);
  if ('calculation' in condition) return [];
  if ('answered' in condition) return [condition.answered];
  if ('equals' in condition) return [condition.equals.question];
  if ('includes' in condition) return [condition.includes.question];
  if ('count' in condition) return [condition.count.question];
  return [condition.between.question];
}

/** The calculation ids a condition reads. */
export function calculationsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(calculationsIn);
  if ('any' in condition) return condition.any.flatMap(calculationsIn);
  if ('not' in condition) return calculationsIn(condition.not);
  return 'calculation' in condition ? [condition.calculation.id] : [];
}
