import { runCalculation } from './calculate';
import type { CompiledQuestionnaire } from './compile';
import { replay } from './replay';
import type { Scenario } from './scenario-schema';

/** How close a calculated percentage must come to the scenario's: within 0.05, i.e. right to 0.1 percentage point. */
const tolerance = 0.05;

/** What is wrong with a worked scenario against its questionnaire: empty when its answers reach what it expects. */
export function scenarioProblems(compiled: CompiledQuestionnaire, scenario: Scenario): string[] {
  const result = replay(compiled, scenario.answers);
  if (result.problems.length > 0) return result.problems.map((problem) => problem.message);
  const reached = result.outcome?.id ?? `no outcome (stops at "${result.current?.id}")`;
  if (reached !== scenario.expect.outcome) return [`expected outcome "${scenario.expect.outcome}", reached ${reached}`];
  return Object.entries(scenario.expect.calculations ?? {}).flatMap(([id, expected]) => {
    const calculation = compiled.questionnaire.calculations.find((candidate) => candidate.id === id);
    if (!calculation) return [`expects the calculation "${id}", which the questionnaire does not have`];
    const onPath = Object.fromEntries(result.path.map((question) => [question, scenario.answers[question]!]));
    const percent = runCalculation(calculation, onPath)?.risk.overPeriod;
    if (percent === undefined) return [`expects "${id}" at ${expected}%, but its inputs are not all answered`];
    const actual = percent * 100;
    return Math.abs(actual - expected) <= tolerance
      ? []
      : [`expects "${id}" at ${expected}% over the period, calculated ${actual.toFixed(2)}%`];
  });
}
