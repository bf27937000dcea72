import type { TFunction } from 'i18next';
import type { Answers } from '../engine/answer-schema';
import { assessmentResult, type AssessmentResult, type CalculationSummary } from '../engine/assessment-result';
import type { CompiledQuestionnaire } from '../engine/compile';
import type { Level } from '../engine/questionnaire-schema';
import { replay } from '../engine/replay';
import { localize, type Lang } from '../engine/text';
import { answerLabel } from './answer-label';

export type Scale = AssessmentResult['risks'][number]['likelihood'];
export const scale: readonly Scale[] = ['low', 'medium', 'high'];

/** Who and when: what the assessment record and the person exporting it add to the answers. */
export type ReportMeta = { title: string; organisation?: string; assessor?: string; date: string };

/**
 * One report, whatever it is rendered as (Markdown, JSON, PDF, Word): a pure function of the questionnaire, the
 * answers and who made it. An unfinished assessment is a draft with its open question, never a verdict.
 */
export type ReportModel = {
  lang: Lang;
  status: 'final' | 'draft';
  meta: { title: string; organisation: string | null; assessor: string | null; date: string };
  questionnaire: { id: string; version: string; title: string };
  verdict: { text: string; level: Level; explanation: string | null } | null;
  openQuestions: { id: string; text: string }[];
  risks: AssessmentResult['risks'];
  /** The likelihood × severity grid, each cell naming the risks (by number, 1-based) that fall in it. */
  matrix: { likelihood: Scale; severity: Scale; risks: number[] }[];
  measures: (AssessmentResult['measures'][number] & { status: 'to-do' })[];
  warnings: AssessmentResult['warnings'];
  /** Each answer, the rule it triggered (where the route went next) and its source. */
  trail: { question: string; text: string; answer: string; leadsTo: string; source: string[] }[];
  calculations: CalculationSummary[];
  sources: string[];
};

/** The likelihood × severity grid of a list of risks, each cell naming its risks by number (1-based). */
export const riskMatrix = (risks: AssessmentResult['risks']): ReportModel['matrix'] =>
  scale.flatMap((likelihood) =>
    scale.map((severity) => ({
      likelihood,
      severity,
      risks: risks.flatMap((risk, index) =>
        risk.likelihood === likelihood && risk.severity === severity ? [index + 1] : [],
      ),
    })),
  );

export function reportModel(
  compiled: CompiledQuestionnaire,
  answers: Answers,
  meta: ReportMeta,
  lang: Lang,
  t: TFunction,
): ReportModel {
  const replayed = replay(compiled, answers);
  const result = assessmentResult(compiled, replayed, answers, lang);
  const nodeText = (id: string) => {
    const question = compiled.questions.get(id);
    if (question) return localize(question.text, lang);
    return result.outcome?.id === id ? result.outcome.verdict : id;
  };
  const after = [...replayed.path.slice(1), replayed.outcome?.id ?? replayed.current?.id ?? ''];

  return {
    lang,
    status: result.complete ? 'final' : 'draft',
    meta: {
      title: meta.title,
      organisation: meta.organisation ?? null,
      assessor: meta.assessor ?? null,
      date: meta.date,
    },
    questionnaire: result.questionnaire,
    verdict: result.outcome && {
      text: result.outcome.verdict,
      level: result.outcome.level,
      explanation: result.outcome.explanation,
    },
    openQuestions: replayed.current ? [{ id: replayed.current.id, text: localize(replayed.current.text, lang) }] : [],
    risks: result.risks,
    matrix: riskMatrix(result.risks),
    measures: result.measures.map((measure) => ({ ...measure, status: 'to-do' })),
    warnings: result.warnings,
    trail: result.path.map((step, index) => ({
      question: step.question,
      text: step.text,
      answer: answerLabel(compiled.questions.get(step.question)!, step.answer, lang, t),
      leadsTo: nodeText(after[index]!),
      source: step.source,
    })),
    calculations: result.calculations,
    sources: result.sources,
  };
}
