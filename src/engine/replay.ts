import { createActor, type Snapshot } from 'xstate';
import type { Answers } from './answer-schema';
import { answersOnPathAmong } from './answers-read';
import { currentNode, replayPrivately, type AssessmentContext, type AssessmentSnapshot } from './compile-machine';
import type { CompiledQuestionnaire } from './compile';
import { reachableFrom } from './graph';
import { progressOf, type Progress } from './progress';

export type AnswerProblem = {
  question: string;
  kind: 'unknown-question' | 'invalid-answer' | 'off-path';
  message: string;
};

export type Replay = Progress & {
  snapshot: AssessmentSnapshot;
  /** The same state as plain data, to start an actor from (createActor(machine, { snapshot })). */
  persisted: PersistedAssessment;
  problems: AnswerProblem[];
};

/** XState types a persisted snapshot loosely; for this machine it is plain data holding the context. */
type PersistedAssessment = Snapshot<unknown>;

/**
 * Answers are the truth: replaying them through the machine derives the path, the current question,
 * completeness and the outcome. Answers that do not fit are reported, never silently used.
 */
export function replay(compiled: CompiledQuestionnaire, answers: Answers): Replay {
  const problems: AnswerProblem[] = Object.keys(answers)
    .filter((id) => !compiled.questions.has(id))
    .map((id) => ({
      question: id,
      kind: 'unknown-question',
      message: `there is no question "${id}" in "${compiled.questionnaire.id}"`,
    }));

  const actor = createActor(compiled.machine).start();
  replayPrivately(actor.getSnapshot().context, () => {
    for (;;) {
      const snapshot = actor.getSnapshot();
      const node = currentNode(snapshot);
      const question = compiled.questions.get(node);
      if (!question || !Object.hasOwn(answers, node)) break;
      const { answers: given, path } = snapshot.context;
      const before = answersOnPathAmong(given, path, compiled.deciding.get(node)!);
      const parsed = compiled.validate(question, before).safeParse(answers[node]);
      if (!parsed.success) {
        const detail = parsed.error.issues
          .map((issue) => (issue.path.length > 0 ? `item ${issue.path.join('.')}: ` : '') + issue.message)
          .join('; ');
        problems.push({
          question: node,
          kind: 'invalid-answer',
          message: `the answer to "${node}" (${question.type}) is not valid: ${detail}`,
        });
        break;
      }
      actor.send({ type: 'ANSWER', question: node, value: parsed.data });
    }
  });
  const snapshot = actor.getSnapshot();
  const persisted = actor.getPersistedSnapshot();
  actor.stop();

  const progress = progressOf(compiled, snapshot);
  const onPath = new Set(progress.path);
  const stillReachable = progress.current ? reachableFrom(compiled.graph, progress.current.id) : new Set<string>();
  const reported = new Set(problems.map((problem) => problem.question));
  for (const id of Object.keys(answers)) {
    if (compiled.questions.has(id) && !onPath.has(id) && !stillReachable.has(id) && !reported.has(id)) {
      problems.push({
        question: id,
        kind: 'off-path',
        message: `"${id}" is not on the path these answers take, so its answer cannot be used`,
      });
    }
  }
  return { ...progress, snapshot, persisted, problems };
}

/**
 * Where to start an assessment from known answers: replayed as far as they go (or, given the `path` a user had
 * taken, exactly along it, so a user who had stepped back resumes on that step), the rest kept in the machine
 * so those questions come back pre-filled when the route reaches them.
 */
export function resumeFrom(
  compiled: CompiledQuestionnaire,
  answers: Answers,
  path?: readonly string[],
): PersistedAssessment {
  const replayed = path
    ? Object.fromEntries(path.filter((id) => Object.hasOwn(answers, id)).map((id) => [id, answers[id]!]))
    : answers;
  const { persisted } = replay(compiled, replayed);
  const known = Object.fromEntries(Object.entries(answers).filter(([id]) => compiled.questions.has(id)));
  const { context } = persisted as unknown as { context: AssessmentContext };
  const resumed: unknown = { ...persisted, context: { ...context, answers: { ...known, ...context.answers } } };
  return resumed as PersistedAssessment;
}
