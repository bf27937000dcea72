import type { AnswerValue } from './answer-schema';
import type { CompiledQuestionnaire } from './compile';
import { evaluateCondition } from './evaluate-condition';
import type { Level, Note, Risk } from './questionnaire-schema';
import type { Progress } from './progress';
import { localize, type Lang, type Source } from './text';

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
  sources: string[];
};

export function assessmentResult(
  compiled: CompiledQuestionnaire,
  progress: Progress,
  answers: Record<string, AnswerValue>,
  lang: Lang,
): AssessmentResult {
  const { questionnaire } = compiled;
  const cite = (sources: Source[]) => sources.map((source) => localize(source, lang));
  const onPath = Object.fromEntries(progress.path.map((id) => [id, answers[id]!]));
  const applies = <T extends { when?: Note['when'] }>(item: T) =>
    item.when === undefined || evaluateCondition(item.when, onPath);
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
  const sources = [
    ...path.flatMap((step) => step.source),
    ...(outcome ? cite(outcome.sources) : []),
    ...[...risks, ...measures, ...warnings].flatMap((item) => item.source),
  ];

  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, title: localize(questionnaire.title, lang) },
    complete: progress.complete,
    next: progress.current?.id ?? null,
    outcome: outcome && {
      id: outcome.id,
      level: outcome.level,
      verdict: localize(outcome.verdict, lang),
      explanation: outcome.explanation ? localize(outcome.explanation, lang) : null,
    },
    path,
    risks,
    measures,
    warnings,
    sources: [...new Set(sources)],
  };
}
