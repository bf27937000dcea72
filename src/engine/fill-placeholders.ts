import type { Answers } from './answer-schema';
import type { Question } from './questionnaire-schema';
import type { Lang } from './text';

const placeholder = /\{\{([a-z0-9]+(?:-[a-z0-9]+)*)\}\}/g;

/** The question ids a text names as `{{question-id}}`. */
export const placeholdersIn = (text: string): string[] => [...text.matchAll(placeholder)].map((match) => match[1]!);

/**
 * Fills `{{question-id}}` in an outcome's text with the label of the chosen option(s), so a verdict can name
 * the exception it rests on. Only choice questions may be named (checked); an unanswered one reads "—".
 */
export function fillPlaceholders(text: string, questions: Map<string, Question>, answers: Answers, lang: Lang): string {
  return text.replace(placeholder, (_match, id: string) => {
    const question = questions.get(id);
    const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!question || !('options' in question) || answer === undefined) return '—';
    const label = (option: string) =>
      question.options.find((candidate) => candidate.id === option)?.label[lang] ?? option;
    return Array.isArray(answer) ? answer.map(label).join(', ') : label(String(answer));
  });
}
