import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Answers, AnswerValue } from './answer-schema';
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

/** The state that holds the questions and outcomes; the root around it stays alive so GOTO and RESET work after an outcome. */
export const assessmentState = 'assessment';

/**
 * Compiles a questionnaire to an XState machine: one state per question, a final state per outcome.
 * ANSWER moves along the first route whose condition holds, BACK retraces the path, GOTO jumps back to
 * a question on the path (edit from the review), RESET starts over. No timers, no spawned actors.
 */
export function compileMachine(questionnaire: Questionnaire, validate: AnswerValidator) {
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
        const before = answersOnPath(context);
        if (!validate(questions.get(params.question)!, before).safeParse(event.value).success) return false;
        const known = { ...before, [event.question]: event.value };
        return params.when === undefined || holds(params.when, known, questionnaire.calculations);
      },
      cameFrom: ({ context }, params: { question: string }) => context.path.at(-1) === params.question,
      isOnPath: ({ context, event }, params: { question: string }) =>
        event.type === 'GOTO' && event.question === params.question && context.path.includes(params.question),
    },
    actions: {
      recordAnswer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        return {
          answers: { ...context.answers, [event.question]: event.value },
          path: [...context.path, event.question],
          dropped: [],
        };
      }),
      stepBack: assign({ path: ({ context }) => context.path.slice(0, -1), dropped: [] }),
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
    context: { answers: {}, path: [], dropped: [] },
    initial: assessmentState,
    on: {
      BACK: questionIds.map((id) => ({
        guard: { type: 'cameFrom' as const, params: { question: id } },
        target: inAssessment(id),
        actions: 'stepBack' as const,
      })),
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
