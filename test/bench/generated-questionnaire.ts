import type { Answers } from '../../src/engine/answer-schema';
import type { Condition } from '../../src/engine/condition-schema';
import type { Questionnaire } from '../../src/engine/questionnaire-schema';

const text = (value: string) => ({ nl: `${value} (nl)`, en: value });
const source = [{ nl: 'AVG art. 35', en: 'GDPR Art. 35' }];
const id = (index: number) => `q${index}`;
const kinds = ['yes-no-unknown', 'single-choice', 'multiple-choice', 'number', 'text', 'date'] as const;
const kindOf = (index: number) => kinds[(index - 1) % kinds.length]!;

/** The answer that keeps the walk going to the next question, so a full path answers every question. */
function goOn(index: number): Answers[string] {
  switch (kindOf(index)) {
    case 'yes-no-unknown':
      return 'yes';
    case 'single-choice':
      return 'a';
    case 'multiple-choice':
      return ['x', 'y'];
    case 'number':
      return 42;
    case 'text':
      return `answer ${index}`;
    case 'date':
      return '2026-01-15';
  }
}

/** Where a question may leave the chain early: a condition on its own answer and on earlier ones. */
function exit(index: number): { when: Condition; to: string } | null {
  const self = id(index);
  switch (kindOf(index)) {
    case 'yes-no-unknown':
      return { when: { equals: { question: self, value: 'no' } }, to: 'stop-no' };
    case 'single-choice':
      return index > 6
        ? {
            when: { all: [{ equals: { question: self, value: 'c' } }, { answered: id(index - 2) }] },
            to: 'stop-choice',
          }
        : null;
    case 'multiple-choice':
      return { when: { count: { question: self, min: 3 } }, to: 'stop-many' };
    case 'number':
      return { when: { between: { question: self, min: 90 } }, to: 'stop-high' };
    case 'text':
      return null;
    case 'date':
      // Reads two earlier answers: the yes/no five questions back and the multiple choice three back.
      return index > 6
        ? {
            when: {
              any: [
                { equals: { question: id(index - 5), value: 'unknown' } },
                { includes: { question: id(index - 3), value: 'z' } },
              ],
            },
            to: 'stop-choice',
          }
        : null;
  }
}

function question(index: number, count: number, lastChoice: number) {
  const last = index === count;
  const onward = last ? 'done-medium' : id(index + 1);
  const early = exit(index);
  const routes = [
    ...(early ? [early] : []),
    ...(last ? [{ when: { equals: { question: id(lastChoice), value: 'a' } }, to: 'done-low' }] : []),
    { to: onward },
  ];
  const base = { id: id(index), text: text(`Question ${index}`), source, next: routes.length > 1 ? routes : onward };
  switch (kindOf(index)) {
    case 'single-choice':
      return {
        ...base,
        type: 'single-choice',
        options: [
          { id: 'a', label: text('A') },
          { id: 'b', label: text('B') },
          // Offered only after a yes to the question before it.
          { id: 'c', label: text('C'), when: { equals: { question: id(index - 1), value: 'yes' } } },
        ],
      };
    case 'multiple-choice':
      return {
        ...base,
        type: 'multiple-choice',
        options: ['x', 'y', 'z'].map((option) => ({ id: option, label: text(option.toUpperCase()) })),
      };
    case 'number':
      return { ...base, type: 'number', min: 0, max: 100, integer: true };
    default:
      return { ...base, type: kindOf(index) };
  }
}

const outcome = (outcomeId: string, level: string, risks: unknown[] = []) => ({
  id: outcomeId,
  level,
  verdict: text(`Outcome ${outcomeId}`),
  sources: source,
  risks,
});

/**
 * A questionnaire of `count` questions for the benchmark: a chain of every question type, each with routes out on
 * its own and earlier answers, options offered on an earlier answer, and a few outcomes with conditional risks.
 * It is plain data, to be validated by the engine like any imported file. `answers` walks it all the way.
 */
export function generatedQuestionnaire(count = 1000): { data: unknown; answers: Answers; outcome: string } {
  const indexes = [...Array(count).keys()].map((i) => i + 1);
  const lastChoice = indexes.findLast((index) => kindOf(index) === 'single-choice')!;
  const data = {
    format: 1,
    id: `generated-${count}`,
    version: '1.0.0',
    title: text(`Generated, ${count} questions`),
    intro: text('A chain of every question type, for the benchmark.'),
    questions: indexes.map((index) => question(index, count, lastChoice)),
    outcomes: [
      outcome('stop-no', 'high'),
      outcome('stop-choice', 'medium'),
      outcome('stop-many', 'medium'),
      outcome('stop-high', 'high'),
      outcome('done-low', 'low', [
        {
          text: text('A risk when the first question was answered yes'),
          likelihood: 'low',
          severity: 'medium',
          source,
          when: { equals: { question: id(1), value: 'yes' } },
        },
      ]),
      outcome('done-medium', 'medium'),
    ],
  } satisfies Omit<Questionnaire, 'questions' | 'outcomes' | 'calculations'> & Record<string, unknown>;
  return { data, answers: Object.fromEntries(indexes.map((index) => [id(index), goOn(index)])), outcome: 'done-low' };
}
