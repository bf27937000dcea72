import type { Answers, AnswerValue } from './answer-schema';
import { runCalculation, type CalculationResult } from './calculate';
import type { CompiledQuestionnaire } from './compile';
import type { CalculatedLevel } from './condition-schema';
import { holds } from './holds';
import type { Handoff, Level, Note, Risk } from './questionnaire-schema';
import type { Progress } from './progress';
import { localize, type Lang, type Source, type Text } from './text';
import { fillPlaceholders } from './fill-placeholders';

/** The reasoned result of an assessment in one language: what the CLI prints and the outcome screen shows. */
export type AssessmentResult = {
  questionnaire: { id: string; version: string; title: string };
  complete: boolean;
  next: string | null;
  outcome: { id: string; level: Level; verdict: string; explanation: string | null } | null;
  path: { question: string; text: string; answer: AnswerValue; source: string[] }[];
  risks: { text: string; likelihood: Risk['likelihood']; severity: Risk['severity']; source: string[] }[];
  measures: { text: string; source: string[] }[];
  warnings: { text: string; source: string[] }[];
  calculations: CalculationSummary[];
  handoffs: { questionnaire: string; text: string; answers: Answers }[];
  sources: string[];
};

export type CalculationSummary = {
  id: string;
  label: string;
  periodYears: number;
  thresholdPercent: number;
  paths: {
    id: string;
    label: string;
    probability: number;
    factors: { question: string; text: string; value: number }[];
  }[];
  /** P_T, p_1 and 1/p_1 (null for "never", when the probability is nil). */
  overPeriod: number;
  perYear: number;
  onceInYears: number | null;
  level: CalculatedLevel;
  /** Why this level: the SLM Rijk rule (with its text), or the probability against the threshold. */
  basis: { kind: 'high-rule'; text: string } | { kind: 'above-threshold' } | { kind: 'within-threshold' };
  source: string[];
};

/** The answers a hand-off carries into the next questionnaire: those whose `when` holds and whose source is answered. */
export function carriedAnswers(handoff: Handoff, answers: Answers, compiled: CompiledQuestionnaire): Answers {
  const carried: Answers = {};
  for (const carry of handoff.carry) {
    if (carry.when && !holds(carry.when, answers, compiled.questionnaire.calculations)) continue;
    if ('value' in carry) carried[carry.to] = carry.value;
    else if (Object.hasOwn(answers, carry.from)) carried[carry.to] = answers[carry.from]!;
  }
  return carried;
}

export function assessmentResult(
  compiled: CompiledQuestionnaire,
  progress: Progress,
  answers: Record<string, AnswerValue>,
  lang: Lang,
): AssessmentResult {
  const { questionnaire } = compiled;
  const cite = (sources: Source[]) => sources.map((source) => localize(source, lang));
  const onPath = Object.fromEntries(progress.path.map((id) => [id, answers[id]!]));
  const { calculations } = questionnaire;
  const applies = <T extends { when?: Note['when'] }>(item: T) =>
    item.when === undefined || holds(item.when, onPath, calculations);
  const summarize = (result: CalculationResult): CalculationSummary => ({
    id: result.calculation.id,
    label: localize(result.calculation.label, lang),
    periodYears: result.periodYears,
    thresholdPercent: result.thresholdPercent,
    paths: result.calculation.paths.map((path, index) => ({
      id: path.id,
      label: localize(path.label, lang),
      probability: result.risk.paths[index]!.probability,
      factors: result.factors[index]!.values.map(({ question, value }) => ({
        question,
        text: localize(compiled.questions.get(question)!.text, lang),
        value,
      })),
    })),
    overPeriod: result.risk.overPeriod,
    perYear: result.risk.perYear,
    onceInYears: Number.isFinite(result.risk.onceInYears) ? result.risk.onceInYears : null,
    level: result.level,
    basis: result.highRuleHolds
      ? { kind: 'high-rule', text: localize(result.calculation.highReason, lang) }
      : { kind: result.level === 'medium' ? 'above-threshold' : 'within-threshold' },
    source: cite([...result.calculation.source, ...result.calculation.paths.flatMap((path) => path.source)]),
  });
  const fill = (text: Text) => fillPlaceholders(localize(text, lang), compiled.questions, onPath, lang);
  const note = (item: Note) => ({ text: localize(item.text, lang), source: cite(item.source) });

  const path = progress.path.map((id) => {
    const question = compiled.questions.get(id)!;
    return { question: id, text: localize(question.text, lang), answer: onPath[id]!, source: cite(question.source) };
  });
  const outcome = progress.outcome;
  const risks = (outcome?.risks ?? [])
    .filter(applies)
    .map((risk) => ({ ...note(risk), likelihood: risk.likelihood, severity: risk.severity }));
  const measures = (outcome?.measures ?? []).filter(applies).map(note);
  const warnings = (outcome?.warnings ?? []).filter(applies).map(note);
  const calculationSummaries = calculations
    .map((calculation) => runCalculation(calculation, onPath))
    .filter((result) => result !== null)
    .map(summarize);
  const handoffs = (outcome?.handoffs ?? []).filter(applies).map((handoff) => ({
    questionnaire: handoff.questionnaire,
    text: localize(handoff.text, lang),
    answers: carriedAnswers(handoff, onPath, compiled),
  }));
  const sources = [
    ...path.flatMap((step) => step.source),
    ...(outcome ? cite(outcome.sources) : []),
    ...[...risks, ...measures, ...warnings, ...calculationSummaries].flatMap((item) => item.source),
  ];

  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, title: localize(questionnaire.title, lang) },
    complete: progress.complete,
    next: progress.current?.id ?? null,
    outcome: outcome && {
      id: outcome.id,
      level: outcome.level,
      verdict: fill(outcome.verdict),
      explanation: outcome.explanation ? fill(outcome.explanation) : null,
    },
    path,
    risks,
    measures,
    warnings,
    calculations: calculationSummaries,
    handoffs,
    sources: [...new Set(sources)],
  };
}
