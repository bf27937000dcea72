import { assign, raise, setup, type SnapshotFrom } from 'xstate';
import type { Answers, AnswerValue } from './answer-schema';
import { answersOnPathAmong } from './answers-read';
import type { Condition } from './condition-schema';
import { holds } from './holds';
import type { AnswerValidator } from './offered-options';
import { routesOf, type Questionnaire } from './questionnaire-schema';

export type AssessmentContext = {
  /** Every answer given, also to questions the user stepped back from (so they come back pre-filled). */
  answers: Answers;
  /** The questions answered on the way to where the user is now, in order. */
  path: string[];
  /** Questions whose answers were dropped on reaching an outcome, because the route no longer passes them. */
  dropped: string[];
};

export type AssessmentEvent =
  | { type: 'ANSWER'; question: string; value: AnswerValue }
  | { type: 'BACK' }
  | { type: 'GOTO'; question: string }
  | { type: 'RESET' };

/**
 * The answers and paths of an actor that only replay() can see (see replayPrivately): recordAnswer adds to these in
 * place instead of copying them, so replaying n answers costs n steps, not n². Any other snapshot stays unchanged.
 */
const grownInPlace = new WeakSet<object>();

/** Runs `replay` on an actor whose context no one else sees yet; its answers and path grow in place until it returns. */
export function replayPrivately<T>({ answers, path }: AssessmentContext, replay: () => T): T {
  grownInPlace.add(answers).add(path);
  try {
    return replay();
  } finally {
    grownInPlace.delete(answers);
    grownInPlace.delete(path);
  }
}

/** The state that holds the questions and outcomes; the root around it stays alive so GOTO and RESET work after an outcome. */
export const assessmentState = 'assessment';

/**
 * Compiles a questionnaire to an XState machine: one state per question, a final state per outcome.
 * ANSWER moves along the first route whose condition holds, BACK retraces the path, GOTO jumps back to
 * a question on the path (edit from the review), RESET starts over. No timers, no spawned actors.
 */
export function compileMachine(
  questionnaire: Questionnaire,
  validate: AnswerValidator,
  /** For every question, the answers that decide its options and routes (answersDeciding). */
  deciding: Map<string, string[]>,
) {
  const questions = new Map(questionnaire.questions.map((question) => [question.id, question]));
  const questionIds = questionnaire.questions.map((question) => question.id);
  const inAssessment = (id: string) => `.${assessmentState}.${id}`;

  return setup({
    types: {
      context: {} as AssessmentContext,
      events: {} as AssessmentEvent,
    },
    guards: {
      answerLeadsHere: ({ context, event }, params: { question: string; when?: Condition }) => {
        if (event.type !== 'ANSWER' || event.question !== params.question) return false;
        const before = answersOnPathAmong(context.answers, context.path, deciding.get(params.question)!);
        if (!validate(questions.get(params.question)!, before).safeParse(event.value).success) return false;
        const known = { ...before, [event.question]: event.value };
        return params.when === undefined || holds(params.when, known, questionnaire.calculations);
      },
      hasAnswered: ({ context }) => context.path.length > 0,
      isOnPath: ({ context, event }, params: { question: string }) =>
        event.type === 'GOTO' && event.question === params.question && context.path.includes(params.question),
    },
    actions: {
      recordAnswer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        const { answers, path } = context;
        if (!grownInPlace.has(answers) || !grownInPlace.has(path)) {
          return {
            answers: { ...answers, [event.question]: event.value },
            path: [...path, event.question],
            dropped: [],
          };
        }
        answers[event.question] = event.value;
        path.push(event.question);
        return { answers, path, dropped: [] };
      }),
      // BACK is GOTO to the last question answered: one transition instead of one per question.
      gotoLastAnswered: raise(({ context }) => ({ type: 'GOTO' as const, question: context.path.at(-1)! })),
      rewindTo: assign(({ context }, params: { question: string }) => ({
        path: context.path.slice(0, context.path.indexOf(params.question)),
        dropped: [],
      })),
      dropAnswersOffPath: assign(({ context }) => {
        const onPath = new Set(context.path);
        const dropped = Object.keys(context.answers).filter((id) => !onPath.has(id));
        return {
          answers: Object.fromEntries(Object.entries(context.answers).filter(([id]) => onPath.has(id))),
          dropped,
        };
      }),
      clear: assign({ answers: {}, path: [], dropped: [] }),
    },
  }).createMachine({
    id: questionnaire.id,
    // A fresh context per actor, so a replay can grow its own in place.
    context: () => ({ answers: {}, path: [], dropped: [] }),
    initial: assessmentState,
    on: {
      BACK: { guard: 'hasAnswered', actions: 'gotoLastAnswered' },
      GOTO: questionIds.map((id) => ({
        guard: { type: 'isOnPath' as const, params: { question: id } },
        target: inAssessment(id),
        actions: { type: 'rewindTo' as const, params: { question: id } },
      })),
      RESET: { target: `.${assessmentState}`, reenter: true, actions: 'clear' },
    },
    states: {
      [assessmentState]: {
        initial: questionIds[0]!,
        states: {
          ...Object.fromEntries(
            questionnaire.questions.map((question) => [
              question.id,
              {
                meta: { question: question.id },
                on: {
                  ANSWER: routesOf(question).map((route) => ({
                    guard: { type: 'answerLeadsHere' as const, params: { question: question.id, when: route.when } },
                    target: route.to,
                    actions: 'recordAnswer' as const,
                  })),
                },
              },
            ]),
          ),
          ...Object.fromEntries(
            questionnaire.outcomes.map((outcome) => [
              outcome.id,
              { type: 'final' as const, meta: { outcome: outcome.id }, entry: 'dropAnswersOffPath' as const },
            ]),
          ),
        },
      },
    },
  });
}

export type AssessmentMachine = ReturnType<typeof compileMachine>;
export type AssessmentSnapshot = SnapshotFrom<AssessmentMachine>;

/** Only answers on the current path count: an answer kept from a route the user stepped back from decides nothing. */
export const answersOnPath = ({ answers, path }: AssessmentContext): Answers =>
  Object.fromEntries(path.filter((id) => Object.hasOwn(answers, id)).map((id) => [id, answers[id]!]));

/** The id of the question or outcome the snapshot is at. */
export function currentNode(snapshot: AssessmentSnapshot): string {
  const value = snapshot.value as Record<string, string>;
  return value[assessmentState]!;
}
