import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/answer-schema';
import { assessmentResult } from '../../src/engine/assessment-result';
import { compile, type CompiledQuestionnaire } from '../../src/engine/compile';
import { createActor } from 'xstate';
import { currentNode } from '../../src/engine/compile-machine';
import { replay, resumeFrom } from '../../src/engine/replay';
import { answersTo, questionnairesToWalk } from './random-answers';
import { sample } from './sample-questionnaire';

const compiled = compile(sample());

describe('answers are the truth: replay derives the path, the next question and the outcome', () => {
  it('complete answers reach their outcome', () => {
    const result = replay(compiled, { kind: 'health', detail: 'diagnosis', consent: 'yes' });
    expect(result).toMatchObject({ complete: true, path: ['kind', 'detail', 'consent'], problems: [] });
    expect(result.outcome?.id).toBe('allowed');
  });

  it('answers that stop early name the next question', () => {
    const result = replay(compiled, { kind: 'health' });
    expect(result).toMatchObject({ complete: false, outcome: null, problems: [] });
    expect(result.current?.id).toBe('detail');
  });

  it('an answer to a question that is still ahead is kept without complaint', () => {
    expect(replay(compiled, { kind: 'health', consent: 'yes' }).problems).toEqual([]);
  });

  it('an answer to a question off the path is reported', () => {
    const result = replay(compiled, { kind: 'other', detail: 'diagnosis', consent: 'no' });
    expect(result.problems).toEqual([
      { question: 'detail', kind: 'off-path', message: expect.stringContaining('"detail" is not on the path') },
    ]);
  });

  it('an unknown question is reported', () => {
    expect(replay(compiled, { kind: 'other', colour: 'red' }).problems).toEqual([
      { question: 'colour', kind: 'unknown-question', message: 'there is no question "colour" in "sample"' },
    ]);
  });

  it('an answer of the wrong type stops the replay there and is reported', () => {
    const result = replay(compiled, { kind: 'other', consent: 'maybe' });
    expect(result.current?.id).toBe('consent');
    expect(result.problems).toEqual([
      {
        question: 'consent',
        kind: 'invalid-answer',
        message: expect.stringContaining('"consent" (yes-no-unknown) is not valid'),
      },
    ]);
  });

  it('the result cites the source of every answer and keeps only the measures whose condition holds', () => {
    const answers = { kind: 'other', consent: 'yes' };
    const result = assessmentResult(compiled, replay(compiled, answers), answers, 'en');
    expect(result.path).toEqual([
      { question: 'kind', text: 'Which kind?', answer: 'other', source: ['GDPR Art. 9(1)'] },
      { question: 'consent', text: 'Explicit consent?', answer: 'yes', source: ['GDPR Art. 9(1)'] },
    ]);
    expect(result.measures.map((m) => m.text)).toEqual(['Record the consent']);
    expect(result.outcome).toMatchObject({ id: 'allowed', level: 'low', verdict: 'Allowed' });
    expect(result.sources).toEqual(['GDPR Art. 9(1)']);
  });
});

describe('resuming a stored assessment', () => {
  it('along its path, the user is back on the exact step they had stepped back to, with later answers pre-filled', () => {
    const answers = { kind: 'health', detail: 'diagnosis', consent: 'yes' };
    const actor = createActor(compiled.machine, { snapshot: resumeFrom(compiled, answers, ['kind']) }).start();
    const snapshot = actor.getSnapshot();
    expect(currentNode(snapshot)).toBe('detail');
    expect(snapshot.context.answers).toEqual(answers);
  });

  it('without a path, as far as the answers go', () => {
    const actor = createActor(compiled.machine, {
      snapshot: resumeFrom(compiled, { kind: 'other', consent: 'no' }),
    }).start();
    expect(currentNode(actor.getSnapshot())).toBe('forbidden');
  });
});

/** The machine's own way: an actor sent the answer to each question it reaches, until one is missing or refused. */
function sentOneByOne(compiled: CompiledQuestionnaire, answers: Answers) {
  const actor = createActor(compiled.machine).start();
  for (;;) {
    const node = currentNode(actor.getSnapshot());
    const event = { type: 'ANSWER' as const, question: node, value: answers[node]! };
    if (!Object.hasOwn(answers, node) || !actor.getSnapshot().can(event)) break;
    actor.send(event);
  }
  return actor.getPersistedSnapshot();
}

describe('replay keeps its answers to itself while it grows them in place', () => {
  it.each(questionnairesToWalk().map((questionnaire) => [questionnaire.id, compile(questionnaire)] as const))(
    '%s: replayed answers end where an actor sent them one by one ends',
    (_id, compiled) => {
      fc.assert(
        fc.property(answersTo(compiled.questionnaire), (answers) => {
          expect(replay(compiled, answers).persisted).toEqual(sentOneByOne(compiled, answers));
        }),
        { numRuns: 60 },
      );
    },
  );

  it('a replayed state is never changed by answers given after it', () => {
    const replayed = replay(compiled, { kind: 'health' });
    const [before, context] = [structuredClone(replayed.persisted), structuredClone(replayed.snapshot.context)];
    const actor = createActor(compiled.machine, { snapshot: replayed.persisted }).start();
    actor.send({ type: 'ANSWER', question: 'detail', value: 'diagnosis' });
    expect(currentNode(actor.getSnapshot())).toBe('consent');
    expect(replayed.persisted).toEqual(before);
    expect(replayed.snapshot.context).toEqual(context);
  });

  it('an actor’s earlier state keeps its answers and path when it answers on', () => {
    const actor = createActor(compiled.machine).start();
    actor.send({ type: 'ANSWER', question: 'kind', value: 'health' });
    const earlier = actor.getSnapshot();
    actor.send({ type: 'ANSWER', question: 'detail', value: 'diagnosis' });
    expect(earlier.context).toEqual({ answers: { kind: 'health' }, path: ['kind'], dropped: [] });
  });
});
