import { yesNoUnknown } from './answer-schema';
import type { Condition } from './condition-schema';
import { questionsIn } from './evaluate-condition';
import { ancestors, buildGraph, countPaths, findCycle, reachableFrom } from './graph';
import { routesOf, type Question, type Questionnaire } from './questionnaire-schema';

/** Where in the file a problem is (a JSON path) and what is wrong there. */
export type Problem = { path: (string | number)[]; message: string };

export type CheckResult = { problems: Problem[]; paths: number };

/**
 * The checks beyond the schema's shape: ids unique, every target known, every question reachable,
 * every route ending in an outcome, and every condition naming a question and option that exist
 * and can have been answered by then.
 */
export function checkQuestionnaire(questionnaire: Questionnaire): CheckResult {
  const problems: Problem[] = [];
  const questions = new Map(questionnaire.questions.map((question) => [question.id, question]));
  const nodeIds = [...questionnaire.questions, ...questionnaire.outcomes].map((node) => node.id);

  const seen = new Set<string>();
  nodeIds.forEach((id, index) => {
    if (seen.has(id)) {
      const inOutcomes = index >= questionnaire.questions.length;
      const at = inOutcomes ? ['outcomes', index - questionnaire.questions.length] : ['questions', index];
      problems.push({ path: [...at, 'id'], message: `the id "${id}" is used twice` });
    }
    seen.add(id);
  });

  questionnaire.questions.forEach((question, index) => {
    if ('options' in question) {
      const ids = question.options.map((option) => option.id);
      ids.forEach((id, optionIndex) => {
        if (ids.indexOf(id) !== optionIndex) {
          problems.push({
            path: ['questions', index, 'options', optionIndex, 'id'],
            message: `the option "${id}" is listed twice`,
          });
        }
      });
    }
    const routes = routesOf(question);
    const routePath = (routeIndex: number) =>
      typeof question.next === 'string' ? ['questions', index, 'next'] : ['questions', index, 'next', routeIndex];
    routes.forEach((route, routeIndex) => {
      if (!seen.has(route.to)) {
        problems.push({
          path: [...routePath(routeIndex), ...(typeof question.next === 'string' ? [] : ['to'])],
          message: `leads to "${route.to}", which is neither a question nor an outcome`,
        });
      }
    });
    if (routes.at(-1)!.when !== undefined) {
      problems.push({
        path: routePath(routes.length - 1),
        message: 'the last route must have no "when", so that every answer leads somewhere',
      });
    }
  });
  if (problems.length > 0) return { problems, paths: 0 };

  const graph = buildGraph(questionnaire);
  const cycle = findCycle(graph);
  if (cycle) {
    const index = questionnaire.questions.findIndex((question) => question.id === cycle[0]);
    return {
      problems: [
        { path: ['questions', index, 'next'], message: `the routes go round in a circle: ${cycle.join(' → ')}` },
      ],
      paths: 0,
    };
  }

  const reachable = reachableFrom(graph, graph.start);
  const unreachable = (kind: 'questions' | 'outcomes') => (node: { id: string }, index: number) => {
    if (!reachable.has(node.id))
      problems.push({
        path: [kind, index, 'id'],
        message: `"${node.id}" can never be reached from the first question`,
      });
  };
  questionnaire.questions.forEach(unreachable('questions'));
  questionnaire.outcomes.forEach(unreachable('outcomes'));

  const before = ancestors(graph);
  const checkCondition = (condition: Condition, at: (string | number)[], node: string) => {
    for (const problem of conditionProblems(condition, questions))
      problems.push({ path: [...at, ...problem.path], message: problem.message });
    for (const id of questionsIn(condition)) {
      if (questions.has(id) && id !== node && !before.get(node)!.has(id)) {
        problems.push({ path: at, message: `reads "${id}", which is never answered before "${node}"` });
      }
    }
  };
  questionnaire.questions.forEach((question, index) => {
    if (typeof question.next === 'string') return;
    question.next.forEach((route, routeIndex) => {
      if (route.when) checkCondition(route.when, ['questions', index, 'next', routeIndex, 'when'], question.id);
    });
  });
  questionnaire.outcomes.forEach((outcome, index) => {
    for (const kind of ['risks', 'measures', 'warnings'] as const) {
      outcome[kind].forEach((item, itemIndex) => {
        if (item.when) checkCondition(item.when, ['outcomes', index, kind, itemIndex, 'when'], outcome.id);
      });
    }
  });

  return { problems, paths: problems.length === 0 ? countPaths(graph) : 0 };
}

/** What a condition asks that its question cannot answer: an unknown question, option or comparison. */
function conditionProblems(condition: Condition, questions: Map<string, Question>): Problem[] {
  const nested = (key: string, parts: Condition[]) =>
    parts.flatMap((part, index) =>
      conditionProblems(part, questions).map((p) => ({ ...p, path: [key, index, ...p.path] })),
    );
  if ('all' in condition) return nested('all', condition.all);
  if ('any' in condition) return nested('any', condition.any);
  if ('not' in condition)
    return conditionProblems(condition.not, questions).map((p) => ({ ...p, path: ['not', ...p.path] }));

  const kind = Object.keys(condition)[0]!;
  const id = questionsIn(condition)[0]!;
  const question = questions.get(id);
  if (!question)
    return [
      {
        path: kind === 'answered' ? [kind] : [kind, 'question'],
        message: `names the question "${id}", which does not exist`,
      },
    ];
  const wrongType = (expected: string) => [
    { path: [kind], message: `"${kind}" needs a ${expected} question, but "${id}" is ${question.type}` },
  ];

  if ('includes' in condition || 'count' in condition) {
    if (question.type !== 'multiple-choice') return wrongType('multiple-choice');
    if ('includes' in condition) return optionProblem(question, condition.includes.value, 'includes');
  }
  if ('between' in condition && question.type !== 'number') return wrongType('number');
  if ('equals' in condition) {
    const { value } = condition.equals;
    if (question.type === 'multiple-choice')
      return [{ path: ['equals'], message: `use "includes" for the multiple-choice question "${id}"` }];
    if (question.type === 'number' && typeof value !== 'number')
      return [{ path: ['equals', 'value'], message: `"${id}" is a number question: compare with a number` }];
    if (question.type !== 'number' && typeof value !== 'string')
      return [{ path: ['equals', 'value'], message: `"${id}" has text answers: compare with a text` }];
    if (question.type === 'single-choice' || question.type === 'yes-no-unknown')
      return optionProblem(question, value as string, 'equals');
  }
  return [];
}

function optionProblem(question: Question, value: string, kind: string): Problem[] {
  const ids =
    question.type === 'yes-no-unknown'
      ? [...yesNoUnknown]
      : 'options' in question
        ? question.options.map((o) => o.id)
        : [];
  return ids.includes(value)
    ? []
    : [{ path: [kind, 'value'], message: `"${question.id}" has no option "${value}" (options: ${ids.join(', ')})` }];
}
