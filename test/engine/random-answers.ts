import fc from 'fast-check';
import { optionIds, type AnswerValue } from '../../src/engine/answer-schema';
import type { Question, Questionnaire } from '../../src/engine/questionnaire-schema';
import { validateQuestionnaire } from '../../src/engine/validate-questionnaire';
import { builtInFiles, loadQuestionnaireFile } from '../../src/cli/questionnaire-files';
import { generatedQuestionnaire } from '../bench/generated-questionnaire';

/** The built-in questionnaires, and the benchmark's generated chain of every question type (40 questions). */
export function questionnairesToWalk(): Questionnaire[] {
  const builtIn = builtInFiles().map((file) => {
    const parsed = loadQuestionnaireFile(file);
    if (!parsed.ok) throw new Error(`${file} does not load: ${parsed.problems[0]?.message}`);
    return parsed.value;
  });
  const generated = validateQuestionnaire(generatedQuestionnaire(40).data);
  if (!generated.ok) throw new Error(`the generated questionnaire is not valid: ${generated.problems[0]?.message}`);
  return [...builtIn, generated.value];
}

/** An answer that fits the question in its form (an option may still not be offered), now and then one that does not. */
export function answerTo(question: Question): fc.Arbitrary<AnswerValue> {
  const wrong = fc.constantFrom<AnswerValue>('no-such-option', -1, ['no-such-option'], '');
  const fitting = (): fc.Arbitrary<AnswerValue> => {
    switch (question.type) {
      case 'yes-no-unknown':
      case 'single-choice':
        return fc.constantFrom(...optionIds(question));
      case 'multiple-choice':
        return fc.subarray(optionIds(question), { minLength: 1 });
      case 'number':
        return fc.oneof(
          fc.constantFrom(0, 0.1, 0.5, 1, 5, 42, 90, 95, 100),
          fc.integer({ min: question.min ?? 0, max: question.max ?? 100 }),
        );
      case 'text':
        return fc.constantFrom('a text', 'x');
      case 'date':
        return fc.constant('2026-01-15');
    }
  };
  return fc.oneof({ arbitrary: fitting(), weight: 19 }, { arbitrary: wrong, weight: 1 });
}

/** Answers to any of the questions, each possibly missing; or, with `every`, one to each. */
export const answersTo = (questionnaire: Questionnaire, every = false) =>
  fc.record(Object.fromEntries(questionnaire.questions.map((question) => [question.id, answerTo(question)])), {
    requiredKeys: every ? questionnaire.questions.map((question) => question.id) : [],
  }) as fc.Arbitrary<Record<string, AnswerValue>>;
