import { currentNode, type AssessmentSnapshot } from './compile-machine';
import type { CompiledQuestionnaire } from './compile';
import type { Outcome, Question } from './questionnaire-schema';

/** Where an assessment stands, derived from a machine snapshot: never stored, always recomputed. */
export type Progress = {
  path: string[];
  /** The question to answer now, or null at an outcome. */
  current: Question | null;
  outcome: Outcome | null;
  complete: boolean;
  /** The number of the current step (1-based); at an outcome, the number of questions answered. */
  step: number;
  /** The most steps this assessment can take, given the route so far. */
  maxSteps: number;
  /** Answers removed on reaching the outcome because the route no longer passes their question. */
  dropped: string[];
};

export function progressOf(compiled: CompiledQuestionnaire, snapshot: AssessmentSnapshot): Progress {
  const node = currentNode(snapshot);
  const { path, dropped } = snapshot.context;
  const outcome = compiled.outcomes.get(node) ?? null;
  return {
    path,
    current: compiled.questions.get(node) ?? null,
    outcome,
    complete: outcome !== null,
    step: outcome ? path.length : path.length + 1,
    maxSteps: path.length + compiled.remaining.get(node)!,
    dropped,
  };
}
