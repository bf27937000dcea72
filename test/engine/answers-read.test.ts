import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/engine/answer-schema';
import { answersDeciding, answersOnPathAmong } from '../../src/engine/answers-read';
import { answersOnPath } from '../../src/engine/compile-machine';
import { holds } from '../../src/engine/holds';
import { answerValidator, offeredOptions } from '../../src/engine/offered-options';
import { routesOf } from '../../src/engine/questionnaire-schema';
import { answersTo, questionnairesToWalk } from './random-answers';

describe.each(questionnairesToWalk().map((questionnaire) => [questionnaire.id, questionnaire]))('%s', (_id, q) => {
  const deciding = answersDeciding(q.questions, q.calculations);
  const ids = q.questions.map((question) => question.id);

  it('the answers its conditions read decide a question as all the answers on the path do', () => {
    // Some answers on the path, some stepped back from; the step costs what it reads, not the whole path.
    fc.assert(
      fc.property(answersTo(q), fc.shuffledSubarray(ids), answersTo(q, true), (answers, path, tried) => {
        const all = answersOnPath({ answers, path, dropped: [] });
        for (const question of q.questions) {
          const read = answersOnPathAmong(answers, path, deciding.get(question.id)!);
          expect(offeredOptions(question, read, q.calculations)).toEqual(offeredOptions(question, all, q.calculations));
          const value = tried[question.id]!;
          const taken = (known: typeof all) =>
            routesOf(question).map(
              ({ when }) => !when || holds(when, { ...known, [question.id]: value }, q.calculations),
            );
          expect(taken(read)).toEqual(taken(all));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a shared answer schema judges every answer as the question’s own schema does', () => {
    const validate = answerValidator(q.questions, q.calculations);
    fc.assert(
      fc.property(answersTo(q), answersTo(q, true), (answers, tried) => {
        for (const question of q.questions) {
          const own = answerSchema(question, offeredOptions(question, answers, q.calculations));
          const value = tried[question.id]!;
          const [shared, alone] = [validate(question, answers).safeParse(value), own.safeParse(value)];
          expect({ ...shared, error: shared.error?.issues }).toEqual({ ...alone, error: alone.error?.issues });
        }
      }),
      { numRuns: 30 },
    );
  });
});
