import { answersDeciding } from './answers-read';
import { compileMachine, type AssessmentMachine } from './compile-machine';
import { answerValidator, type AnswerValidator } from './offered-options';
import { buildGraph, longestRemaining, type QuestionGraph } from './graph';
import type { Outcome, Question, Questionnaire } from './questionnaire-schema';

/** A checked questionnaire with everything derived from it once: its machine, graph and look-ups. */
export type CompiledQuestionnaire = {
  questionnaire: Questionnaire;
  machine: AssessmentMachine;
  /** The zod schema of an answer to a question, given the answers before it. */
  validate: AnswerValidator;
  /** For every question, the questions whose answers decide its options and routes (answersOnPathAmong reads these). */
  deciding: Map<string, string[]>;
  graph: QuestionGraph;
  /** For every node, the most questions still to answer from it, itself included. */
  remaining: Map<string, number>;
  questions: Map<string, Question>;
  outcomes: Map<string, Outcome>;
};

/** Compile only a questionnaire that passed checkQuestionnaire: the graph must be acyclic. */
export function compile(questionnaire: Questionnaire): CompiledQuestionnaire {
  const graph = buildGraph(questionnaire);
  const validate = answerValidator(questionnaire.questions, questionnaire.calculations);
  const deciding = answersDeciding(questionnaire.questions, questionnaire.calculations);
  return {
    questionnaire,
    machine: compileMachine(questionnaire, validate, deciding),
    validate,
    deciding,
    graph,
    remaining: longestRemaining(graph),
    questions: new Map(questionnaire.questions.map((question) => [question.id, question])),
    outcomes: new Map(questionnaire.outcomes.map((outcome) => [outcome.id, outcome])),
  };
}
