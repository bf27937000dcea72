import type { Answers } from './answer-schema';
import { calculatedLevel } from './calculate';
import type { Calculation } from './calculation-schema';
import type { Condition } from './condition-schema';
import { evaluateCondition } from './evaluate-condition';

/** Whether a condition holds for these answers, where it may also name the questionnaire's calculations. */
export function holds(condition: Condition, answers: Answers, calculations: Calculation[]): boolean {
  return evaluateCondition(condition, answers, (id) => {
    const calculation = calculations.find((candidate) => candidate.id === id);
    return calculation ? calculatedLevel(calculation, answers) : null;
  });
}
