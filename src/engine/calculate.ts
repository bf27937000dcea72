import type { Answers } from './answer-schema';
import type { Calculation } from './calculation-schema';
import type { CalculatedLevel } from './condition-schema';
import { evaluateCondition } from './evaluate-condition';
import { lawfulAccessRisk, type LawfulAccessRisk } from './lawful-access-risk';

export type CalculationResult = {
  calculation: Calculation;
  periodYears: number;
  thresholdPercent: number;
  /** Each path with the answers that set its factors. */
  factors: { path: string; values: { question: string; value: number }[] }[];
  risk: LawfulAccessRisk;
  /** Whether the SLM Rijk rule (data in clear to the provider) makes the result HIGH whatever the probability. */
  highRuleHolds: boolean;
  level: CalculatedLevel;
};

const numberAnswer = (answers: Answers, question: string) =>
  Object.hasOwn(answers, question) && typeof answers[question] === 'number' ? (answers[question] as number) : null;

/** A probability in percent, rounded far below any meaningful digit so 0.5 × 0.1 is exactly 5 % and not above a 5 % threshold. */
const percent = (probability: number) => Math.round(probability * 100 * 1e9) / 1e9;

/** The questions whose answers a calculation reads. */
export const calculationInputs = (calculation: Calculation): string[] => [
  calculation.period,
  calculation.threshold,
  ...calculation.paths.flatMap((path) => path.factors),
];

/** Computes a calculation from the answers, or null while any of its inputs is unanswered. */
export function runCalculation(calculation: Calculation, answers: Answers): CalculationResult | null {
  const inputs = calculationInputs(calculation).map((question) => numberAnswer(answers, question));
  if (inputs.some((value) => value === null)) return null;
  const periodYears = numberAnswer(answers, calculation.period)!;
  const thresholdPercent = numberAnswer(answers, calculation.threshold)!;
  const factors = calculation.paths.map((path) => ({
    path: path.id,
    values: path.factors.map((question) => ({ question, value: numberAnswer(answers, question)! })),
  }));
  const risk = lawfulAccessRisk(
    periodYears,
    factors.map(({ path, values }) => ({ id: path, factors: values.map((factor) => factor.value) })),
  );
  const highRuleHolds = evaluateCondition(calculation.highWhen, answers);
  const level = highRuleHolds ? 'high' : percent(risk.overPeriod) > thresholdPercent ? 'medium' : 'low';
  return { calculation, periodYears, thresholdPercent, factors, risk, highRuleHolds, level };
}

/** The level alone: HIGH as soon as the SLM Rijk rule holds, else from the figures once they are all answered. */
export function calculatedLevel(calculation: Calculation, answers: Answers): CalculatedLevel | null {
  if (evaluateCondition(calculation.highWhen, answers)) return 'high';
  return runCalculation(calculation, answers)?.level ?? null;
}
