import { describe, expect, it } from 'vitest';
import { checkQuestionnaire } from '../../src/engine/check-questionnaire';
import { parseQuestionnaire } from '../../src/engine/parse-questionnaire';
import type { Questionnaire } from '../../src/engine/questionnaire-schema';
import { sample } from './sample-questionnaire';

const problemsAfter = (change: (questionnaire: Questionnaire) => void) => {
  const questionnaire = sample();
  change(questionnaire);
  return checkQuestionnaire(questionnaire).problems;
};

describe('the graph check proves a questionnaire sound', () => {
  it('a sound questionnaire passes and its routes are counted', () => {
    expect(checkQuestionnaire(sample())).toEqual({ problems: [], paths: 4 });
  });

  it('a route to an unknown question is named with its path', () => {
    expect(problemsAfter((q) => (q.questions[1]!.next = 'nowhere'))).toMatchObject([
      { path: ['questions', 1, 'next'], message: 'leads to "nowhere", which is neither a question nor an outcome' },
    ]);
  });

  it('a last route with a condition is refused, since some answer would lead nowhere', () => {
    const problems = problemsAfter((q) => (q.questions[2]!.next = [{ when: { answered: 'kind' }, to: 'allowed' }]));
    expect(problems).toMatchObject([
      { path: ['questions', 2, 'next', 0], message: expect.stringContaining('last route must have no "when"') },
    ]);
  });

  it('a circle of routes is refused, since its path never ends', () => {
    const problems = problemsAfter((q) => (q.questions[2]!.next = 'kind'));
    expect(problems[0]!.message).toContain('go round in a circle: kind → detail → consent → kind');
  });

  it('a question no route leads to is unreachable', () => {
    const problems = problemsAfter((q) => (q.questions[0]!.next = 'consent'));
    expect(problems).toMatchObject([
      { path: ['questions', 1, 'id'], message: '"detail" can never be reached from the first question' },
    ]);
  });

  it('a condition naming an unknown option is refused', () => {
    const problems = problemsAfter(
      (q) =>
        (q.questions[0]!.next = [
          { when: { equals: { question: 'kind', value: 'helth' } }, to: 'detail' },
          { to: 'consent' },
        ]),
    );
    expect(problems).toMatchObject([
      {
        path: ['questions', 0, 'next', 0, 'when', 'equals', 'value'],
        message: '"kind" has no option "helth" (options: health, other)',
      },
    ]);
  });

  it('a condition naming an unknown question is refused', () => {
    const problems = problemsAfter((q) => (q.outcomes[0]!.measures[1]!.when = { answered: 'age' }));
    expect(problems).toMatchObject([
      {
        path: ['outcomes', 0, 'measures', 1, 'when', 'answered'],
        message: 'names the question "age", which does not exist',
      },
    ]);
  });

  it('a condition reading a question that comes later is refused', () => {
    const problems = problemsAfter(
      (q) =>
        (q.questions[0]!.next = [
          { when: { equals: { question: 'consent', value: 'yes' } }, to: 'detail' },
          { to: 'consent' },
        ]),
    );
    expect(problems).toMatchObject([
      { path: ['questions', 0, 'next', 0, 'when'], message: 'reads "consent", which is never answered before "kind"' },
    ]);
  });

  it('includes on a single-choice question is refused with the fix', () => {
    const problems = problemsAfter(
      (q) => (q.outcomes[0]!.measures[1]!.when = { includes: { question: 'kind', value: 'health' } }),
    );
    expect(problems[0]!.message).toBe('"includes" needs a multiple-choice question, but "kind" is single-choice');
  });

  it('an id used twice is refused', () => {
    expect(problemsAfter((q) => (q.outcomes[1]!.id = 'kind'))[0]).toMatchObject({
      path: ['outcomes', 1, 'id'],
      message: 'the id "kind" is used twice',
    });
  });
});

describe('a broken file is reported with the file, the JSON path and the line', () => {
  const file = `format: 1
id: broken
version: 1.0.0
title: { nl: Kapot, en: Broken }
intro: { nl: Kapot, en: Broken }
questions:
  - id: first
    type: yes-no-unknown
    text: { nl: Eerste? }
    source: [{ nl: AVG art. 9, en: GDPR Art. 9 }]
    next: done
outcomes:
  - id: done
    level: low
    verdict: { nl: Klaar, en: Done }
    sources: [{ nl: AVG art. 9, en: GDPR Art. 9 }]
`;

  it('a text missing in English names where', () => {
    const parsed = parseQuestionnaire(file, 'broken.yaml');
    expect(parsed).toMatchObject({
      ok: false,
      problems: [
        {
          file: 'broken.yaml',
          line: 9,
          path: '$.questions[0].text.en',
          code: 'missing',
          message: 'is missing (expected text)',
        },
      ],
    });
  });

  it('a YAML syntax error names the line', () => {
    const parsed = parseQuestionnaire(file.replace('level: low', 'level: [low'), 'broken.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ file: 'broken.yaml', line: expect.any(Number) });
  });

  it('an unknown route target names the line of the route', () => {
    const parsed = parseQuestionnaire(
      file.replace('{ nl: Eerste? }', '{ nl: Eerste?, en: First? }').replace('next: done', 'next: gone'),
      'broken.yaml',
    );
    expect(parsed).toMatchObject({
      ok: false,
      problems: [
        {
          file: 'broken.yaml',
          line: 11,
          path: '$.questions[0].next',
          message: 'leads to "gone", which is neither a question nor an outcome',
        },
      ],
    });
  });
});
