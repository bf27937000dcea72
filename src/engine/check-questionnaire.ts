import { answerSchema, yesNoUnknown } from './answer-schema';
import { calculationInputs } from './calculate';
import type { Calculation } from './calculation-schema';
import type { Condition } from './condition-schema';
import { calculationsIn, questionsIn } from './evaluate-condition';
import { placeholdersIn } from './fill-placeholders';
import { languages } from './text';
import { buildGraph, canComeBefore, countPaths, findCycle, reachableFrom } from './graph';
import { problem, type Problem, type ProblemPath as Path } from './problem';
import { routesOf, type Question, type Questionnaire } from './questionnaire-schema';

export type { Problem } from './problem';

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
      problems.push(problem([...at, 'id'], 'id-used-twice', { id }));
    }
    seen.add(id);
  });

  questionnaire.questions.forEach((question, index) => {
    if ('options' in question) {
      const ids = question.options.map((option) => option.id);
      ids.forEach((id, optionIndex) => {
        if (ids.indexOf(id) !== optionIndex) {
          problems.push(
            problem(['questions', index, 'options', optionIndex, 'id'], 'option-listed-twice', { option: id }),
          );
        }
      });
    }
    const routes = routesOf(question);
    const routePath = (routeIndex: number) =>
      typeof question.next === 'string' ? ['questions', index, 'next'] : ['questions', index, 'next', routeIndex];
    routes.forEach((route, routeIndex) => {
      if (!seen.has(route.to)) {
        problems.push(
          problem([...routePath(routeIndex), ...(typeof question.next === 'string' ? [] : ['to'])], 'unknown-target', {
            target: route.to,
          }),
        );
      }
    });
    if (routes.at(-1)!.when !== undefined) {
      problems.push(problem(routePath(routes.length - 1), 'last-route-has-when', {}));
    }
  });
  if (problems.length > 0) return { problems, paths: 0 };

  const graph = buildGraph(questionnaire);
  const cycle = findCycle(graph);
  if (cycle) {
    const index = questionnaire.questions.findIndex((question) => question.id === cycle[0]);
    return {
      problems: [problem(['questions', index, 'next'], 'routes-go-round', { cycle: cycle.join(' → ') })],
      paths: 0,
    };
  }

  const reachable = reachableFrom(graph, graph.start);
  const unreachable = (kind: 'questions' | 'outcomes') => (node: { id: string }, index: number) => {
    if (!reachable.has(node.id)) problems.push(problem([kind, index, 'id'], 'unreachable', { id: node.id }));
  };
  questionnaire.questions.forEach(unreachable('questions'));
  questionnaire.outcomes.forEach(unreachable('outcomes'));

  const before = canComeBefore(graph);
  const calculations = new Map(questionnaire.calculations.map((calculation) => [calculation.id, calculation]));
  /** `node` may read its own answer only in its routes; options and prefills are shown before it is answered. */
  const checkCondition = (condition: Condition, at: Path, node: string, self: 'may-read-itself' | 'reads-earlier') => {
    const readable = (id: string) => before(id, node) || (self === 'may-read-itself' && id === node);
    for (const found of conditionProblems(condition, questions, calculations)) {
      problems.push({ ...found, path: [...at, ...found.path] });
    }
    for (const id of questionsIn(condition)) {
      if (questions.has(id) && !readable(id)) {
        problems.push(problem(at, 'reads-unanswered', { question: id, node }));
      }
    }
    for (const id of calculationsIn(condition)) {
      const calculation = calculations.get(id);
      const unread =
        calculation &&
        [...calculationInputs(calculation), ...questionsIn(calculation.highWhen)].filter((input) => !readable(input));
      if (unread && unread.length > 0) {
        problems.push(
          problem(at, 'calculation-inputs-unanswered', {
            calculation: id,
            inputs: unread.map((q) => `"${q}"`).join(', '),
            node,
          }),
        );
      }
    }
  };

  questionnaire.questions.forEach((question, index) => {
    if (typeof question.next !== 'string') {
      question.next.forEach((route, routeIndex) => {
        if (route.when)
          checkCondition(route.when, ['questions', index, 'next', routeIndex, 'when'], question.id, 'may-read-itself');
      });
    }
    if ('options' in question) {
      question.options.forEach((option, optionIndex) => {
        if (option.when)
          checkCondition(
            option.when,
            ['questions', index, 'options', optionIndex, 'when'],
            question.id,
            'reads-earlier',
          );
      });
    }
    if (question.type === 'number') {
      question.prefill?.forEach((prefill, prefillIndex) => {
        if (prefill.when)
          checkCondition(
            prefill.when,
            ['questions', index, 'prefill', prefillIndex, 'when'],
            question.id,
            'reads-earlier',
          );
        if (answerSchema(question).safeParse(prefill.value).success) return;
        problems.push(
          problem(['questions', index, 'prefill', prefillIndex, 'value'], 'prefill-not-an-answer', {
            value: prefill.value,
            question: question.id,
          }),
        );
      });
    }
  });

  questionnaire.outcomes.forEach((outcome, index) => {
    const at = ['outcomes', index] as Path;
    for (const field of ['verdict', 'explanation'] as const) {
      for (const lang of languages) {
        for (const id of placeholdersIn(outcome[field]?.[lang] ?? '')) {
          const question = questions.get(id);
          if (!question || !('options' in question) || !before(id, outcome.id)) {
            problems.push(
              problem([...at, field, lang], 'placeholder-not-a-choice', {
                placeholder: `{{${id}}}`,
                outcome: outcome.id,
              }),
            );
          }
        }
      }
    }
    for (const kind of ['risks', 'measures', 'warnings'] as const) {
      outcome[kind].forEach((item, itemIndex) => {
        if (item.when) checkCondition(item.when, [...at, kind, itemIndex, 'when'], outcome.id, 'reads-earlier');
      });
    }
    outcome.handoffs.forEach((handoff, handoffIndex) => {
      const handoffAt = [...at, 'handoffs', handoffIndex];
      if (handoff.when) checkCondition(handoff.when, [...handoffAt, 'when'], outcome.id, 'reads-earlier');
      handoff.carry.forEach((carry, carryIndex) => {
        if (carry.when)
          checkCondition(carry.when, [...handoffAt, 'carry', carryIndex, 'when'], outcome.id, 'reads-earlier');
        if ('from' in carry && !before(carry.from, outcome.id)) {
          problems.push(
            problem([...handoffAt, 'carry', carryIndex, 'from'], 'carries-unanswered', {
              question: carry.from,
              outcome: outcome.id,
            }),
          );
        }
      });
    });
  });

  questionnaire.calculations.forEach((calculation, index) => {
    const at = ['calculations', index];
    const numberQuestion = (id: string, where: Path) => {
      const question = questions.get(id);
      if (question?.type !== 'number')
        problems.push(problem([...at, ...where], 'not-a-number-question', { question: id }));
    };
    numberQuestion(calculation.period, ['period']);
    numberQuestion(calculation.threshold, ['threshold']);
    calculation.paths.forEach((path, pathIndex) =>
      path.factors.forEach((factor, factorIndex) =>
        numberQuestion(factor, ['paths', pathIndex, 'factors', factorIndex]),
      ),
    );
    if (calculationsIn(calculation.highWhen).length > 0) {
      problems.push(problem([...at, 'highWhen'], 'calculation-on-calculation', {}));
    }
    for (const found of conditionProblems(calculation.highWhen, questions, calculations)) {
      problems.push({ ...found, path: [...at, 'highWhen', ...found.path] });
    }
  });

  return { problems, paths: problems.length === 0 ? countPaths(graph) : 0 };
}

/** What a condition asks that its question cannot answer: an unknown question, option or comparison. */
function conditionProblems(
  condition: Condition,
  questions: Map<string, Question>,
  calculations: Map<string, Calculation>,
): Problem[] {
  const nested = (key: string, parts: Condition[]) =>
    parts.flatMap((part, index) =>
      conditionProblems(part, questions, calculations).map((found) => ({
        ...found,
        path: [key, index, ...found.path],
      })),
    );
  if ('all' in condition) return nested('all', condition.all);
  if ('any' in condition) return nested('any', condition.any);
  if ('not' in condition)
    return conditionProblems(condition.not, questions, calculations).map((found) => ({
      ...found,
      path: ['not', ...found.path],
    }));

  if ('calculation' in condition) {
    const { id } = condition.calculation;
    return calculations.has(id) ? [] : [problem(['calculation', 'id'], 'unknown-calculation', { calculation: id })];
  }
  const kind = Object.keys(condition)[0]!;
  const id = questionsIn(condition)[0]!;
  const question = questions.get(id);
  if (!question)
    return [problem(kind === 'answered' ? [kind] : [kind, 'question'], 'unknown-question', { question: id })];
  const wrongType = (expected: string) => [
    problem([kind], 'condition-wrong-type', { kind, expected, question: id, type: question.type }),
  ];

  if ('includes' in condition || 'count' in condition) {
    if (question.type !== 'multiple-choice') return wrongType('multiple-choice');
    if ('includes' in condition) return optionProblem(question, condition.includes.value, 'includes');
  }
  if ('between' in condition && question.type !== 'number') return wrongType('number');
  if ('equals' in condition) {
    const { value } = condition.equals;
    if (question.type === 'multiple-choice')
      return [problem(['equals'], 'equals-on-multiple-choice', { question: id })];
    if (question.type === 'number' && typeof value !== 'number')
      return [problem(['equals', 'value'], 'compare-with-number', { question: id })];
    if (question.type !== 'number' && typeof value !== 'string')
      return [problem(['equals', 'value'], 'compare-with-text', { question: id })];
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
    : [problem([kind, 'value'], 'unknown-option', { question: question.id, option: value, options: ids.join(', ') })];
}
