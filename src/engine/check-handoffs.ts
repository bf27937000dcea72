import { answerSchema } from './answer-schema';
import type { Phrase } from './phrase';
import { problem, type Problem } from './problem';
import { phrase } from './problem-phrase';
import type { Question, Questionnaire } from './questionnaire-schema';
import { zodIssuePhrase } from './zod-issue-phrase';

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
        problems.push(
          problem([...at, 'questionnaire'], 'handoff-unknown-questionnaire', { questionnaire: handoff.questionnaire }),
        );
        return;
      }
      handoff.carry.forEach((carry, carryIndex) => {
        const to = target.questions.find((question) => question.id === carry.to);
        const where = [...at, 'carry', carryIndex];
        if (!to) {
          problems.push(
            problem([...where, 'to'], 'handoff-unknown-question', { questionnaire: target.id, question: carry.to }),
          );
          return;
        }
        const reason = 'value' in carry ? valueProblem(to, carry.value) : typeProblem(questions.get(carry.from), to);
        if (reason)
          problems.push(problem(where, 'carry-does-not-fit', { questionnaire: target.id, question: to.id, reason }));
      });
    }),
  );
  return problems;
}

const valueProblem = (to: Question, value: unknown): Phrase | null => {
  const parsed = answerSchema(to).safeParse(value);
  return parsed.success ? null : zodIssuePhrase(parsed.error.issues[0]!, value).words;
};

function typeProblem(from: Question | undefined, to: Question): Phrase | null {
  if (!from) return phrase('carry-source-missing', {});
  if (from.type !== to.type) return phrase('carry-type-differs', { from: from.type, to: to.type });
  if (!('options' in from) || !('options' in to)) return null;
  const missing = from.options.filter((option) => !to.options.some((candidate) => candidate.id === option.id));
  return missing.length > 0
    ? phrase('carry-options-missing', { options: missing.map((option) => `"${option.id}"`).join(', ') })
    : null;
}
