import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { currentNode } from '../../src/engine/compile-machine';
import { progressOf } from '../../src/engine/progress';
import { sample } from './sample-questionnaire';

const start = () => {
  const compiled = compile(sample());
  const actor = createActor(compiled.machine).start();
  const at = () => currentNode(actor.getSnapshot());
  return { compiled, actor, at };
};

describe('the compiled machine: one state per question, a final state per outcome', () => {
  it('ANSWER follows the first route whose condition holds', () => {
    const { actor, at } = start();
    actor.send({ type: 'ANSWER', question: 'kind', value: 'health' });
    expect(at()).toBe('detail');
    actor.send({ type: 'ANSWER', question: 'detail', value: 'diagnosis' });
    actor.send({ type: 'ANSWER', question: 'consent', value: 'yes' });
    expect(at()).toBe('allowed');
    expect(actor.getSnapshot().context.path).toEqual(['kind', 'detail', 'consent']);
  });

  it('an answer that does not fit the question changes nothing', () => {
    const { actor, at } = start();
    actor.send({ type: 'ANSWER', question: 'kind', value: 'sports' });
    actor.send({ type: 'ANSWER', question: 'consent', value: 'yes' });
    expect(at()).toBe('kind');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('BACK returns to the previous question and keeps its answer to pre-fill it', () => {
    const { actor, at } = start();
    actor.send({ type: 'ANSWER', question: 'kind', value: 'other' });
    expect(actor.getSnapshot().can({ type: 'BACK' })).toBe(true);
    actor.send({ type: 'BACK' });
    expect(at()).toBe('kind');
    expect(actor.getSnapshot().context.answers).toEqual({ kind: 'other' });
    expect(actor.getSnapshot().can({ type: 'BACK' })).toBe(false);
  });

  it('BACK from an outcome returns to the last question', () => {
    const { actor, at } = start();
    actor.send({ type: 'ANSWER', question: 'kind', value: 'other' });
    actor.send({ type: 'ANSWER', question: 'consent', value: 'no' });
    expect(at()).toBe('forbidden');
    actor.send({ type: 'BACK' });
    expect(at()).toBe('consent');
  });

  it('GOTO from the review reopens a question on the path; answers off the new route are dropped at the outcome', () => {
    const { compiled, actor, at } = start();
    actor.send({ type: 'ANSWER', question: 'kind', value: 'health' });
    actor.send({ type: 'ANSWER', question: 'detail', value: 'diagnosis' });
    actor.send({ type: 'ANSWER', question: 'consent', value: 'yes' });
    expect(actor.getSnapshot().can({ type: 'GOTO', question: 'detail' })).toBe(true);
    expect(actor.getSnapshot().can({ type: 'GOTO', question: 'nowhere' })).toBe(false);

    actor.send({ type: 'GOTO', question: 'kind' });
    expect(at()).toBe('kind');
    actor.send({ type: 'ANSWER', question: 'kind', value: 'other' });
    expect(at()).toBe('consent');
    expect(actor.getSnapshot().context.answers.consent).toBe('yes');
    actor.send({ type: 'ANSWER', question: 'consent', value: 'yes' });

    const progress = progressOf(compiled, actor.getSnapshot());
    expect(progress.outcome?.id).toBe('allowed');
    expect(progress.dropped).toEqual(['detail']);
    expect(actor.getSnapshot().context.answers).toEqual({ kind: 'other', consent: 'yes' });
  });

  it('RESET starts over with no answers', () => {
    const { actor, at } = start();
    actor.send({ type: 'ANSWER', question: 'kind', value: 'other' });
    actor.send({ type: 'ANSWER', question: 'consent', value: 'no' });
    actor.send({ type: 'RESET' });
    expect(at()).toBe('kind');
    expect(actor.getSnapshot().context).toEqual({ answers: {}, path: [], dropped: [] });
  });

  it('progress counts the step and the most steps the route can still take', () => {
    const { compiled, actor } = start();
    expect(progressOf(compiled, actor.getSnapshot())).toMatchObject({ step: 1, maxSteps: 3 });
    actor.send({ type: 'ANSWER', question: 'kind', value: 'other' });
    expect(progressOf(compiled, actor.getSnapshot())).toMatchObject({ step: 2, maxSteps: 2 });
  });
});
