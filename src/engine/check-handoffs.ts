import { answerSchema } from './answer-schema';
import type { Problem } from './check-questionnaire';
import type { Question, Questionnaire } from './questionnaire-schema';

/**
 * Hand-offs point across files, so they are checked across the set: the target questionnaire exists, and each
 * carried answer lands on a question there that can take it (same type; every option carried exists there).
 */
export function checkHandoffs(questionnaire: Questionnaire, all: Questionnaire[]): Problem[] {
  const problems: Problem[] = [];
  const questions = new Map(questionnaire.questions.map((question) => [question.id, question]));
  questionnaire.outcomes.forEach((outcome, outcomeIndex) =>
    outcome.handoffs.forEach((handoff, handoffIndex) => {
      const at = ['outcomes', outcomeIndex, 'handoffs', handoffIndex];
      const target = all.find((candidate) => candidate.id === handoff.questionnaire);
      if (!target) {
        problems.push({
          path: [...at, 'questionnaire'],
          message: `hands off to "${handoff.questionnaire}", which is not a questionnaire here`,
        });
        return;
      }
      handoff.carry.forEach((carry, carryIndex) => {
        const to = target.questions.find((question) => question.id === carry.to);
        const where = [...at, 'carry', carryIndex];
        if (!to) {
          problems.push({ path: [...where, 'to'], message: `"${target.id}" has no question "${carry.to}"` });
          return;
        }
        const problem = 'value' in carry ? valueProblem(to, carry.value) : typeProblem(questions.get(carry.from), to);
        if (problem)
          problems.push({ path: where, message: `cannot carry into "${target.id}" / "${to.id}": ${problem}` });
      });
    }),
  );
  return problems;
}

const valueProblem = (to: Question, value: unknown) => {
  const parsed = answerSchema(to).safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

function typeProblem(from: Question | undefined, to: Question): string | null {
  if (!from) return 'the question it carries from does not exist';
  if (from.type !== to.type) return `a ${from.type} answer does not fit a ${to.type} question`;
  if (!('options' in from) || !('options' in to)) return null;
  const missing = from.options.filter((option) => !to.options.some((candidate) => candidate.id === option.id));
  return missing.length > 0
    ? `options ${missing.map((option) => `"${option.id}"`).join(', ')} do not exist there`
    : null;
}
