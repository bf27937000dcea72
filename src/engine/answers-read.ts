import type { Answers } from './answer-schema';
import { calculationInputs } from './calculate';
import type { Calculation } from './calculation-schema';
import type { Condition } from './condition-schema';
import { calculationsIn, questionsIn } from './evaluate-condition';
import { routesOf, type Question } from './questionnaire-schema';

/** The questions whose answers can decide a condition: those it names, and the inputs of the calculations it names. */
export function answersRead(condition: Condition, calculations: readonly Calculation[]): string[] {
  const read = new Set(questionsIn(condition));
  for (const id of calculationsIn(condition)) {
    // The first with this id, as holds() finds it.
    const calculation = calculations.find((candidate) => candidate.id === id);
    if (!calculation) continue;
    for (const input of [...calculationInputs(calculation), ...questionsIn(calculation.highWhen)]) read.add(input);
  }
  return [...read];
}

/** For every question, the answers that decide which options it offers and which route its answer takes. */
export function answersDeciding(
  questions: readonly Question[],
  calculations: readonly Calculation[],
): Map<string, string[]> {
  return new Map(
    questions.map((question) => {
      const conditions = [
        ...('options' in question ? question.options.map((option) => option.when) : []),
        ...routesOf(question).map((route) => route.when),
      ].filter((condition) => condition !== undefined);
      return [question.id, [...new Set(conditions.flatMap((condition) => answersRead(condition, calculations)))]];
    }),
  );
}

/**
 * The answers on the path to the questions in `ids` only: for those, the same as answersOnPath, without going over
 * every answer given, so deciding one step does not cost more the longer the path is.
 */
export function answersOnPathAmong(answers: Answers, path: readonly string[], ids: readonly string[]): Answers {
  const among: Answers = {};
  for (const id of ids) {
    // From the end: conditions mostly read the answers just before them.
    if (Object.hasOwn(answers, id) && path.lastIndexOf(id) !== -1) among[id] = answers[id]!;
  }
  return among;
}
