import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { currentNode } from '../../src/engine/compile-machine';
import type { AssessmentRepository } from '../../src/storage/assessment-repository';
import { autosave } from '../../src/storage/autosave';
import { StorageFullError } from '../../src/storage/storage-errors';
import { freshRepository, ordinaryRoute, photoTest } from './storage-fixtures';

const compiled = photoTest();

async function started() {
  const setup = freshRepository();
  const record = await setup.repository.create({ compiled, title: 'Autosave' });
  const actor = createActor(compiled.machine).start();
  const errors: unknown[] = [];
  // Counts how many saves run at once, to prove they run one at a time.
  const concurrency = { now: 0, most: 0 };
  const counted: Pick<AssessmentRepository, 'saveProgress'> = {
    saveProgress: async (...args) => {
      concurrency.most = Math.max(concurrency.most, ++concurrency.now);
      try {
        return await setup.repository.saveProgress(...args);
      } finally {
        concurrency.now--;
      }
    },
  };
  const saver = autosave(actor, compiled, counted, record.id, { onError: (error) => errors.push(error) });
  return { ...setup, id: record.id, actor, saver, errors, concurrency };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('every answer is saved the moment it is given', () => {
  it('after each answer the stored record holds it, with the path, step and status of the machine', async () => {
    const { repository, id, actor, saver } = await started();
    for (const [index, [question, value]] of ordinaryRoute.entries()) {
      actor.send({ type: 'ANSWER', question, value });
      expect(saver.pending).toBe(1);
      await vi.waitFor(async () => expect((await repository.get(id))?.answers[question]).toEqual(value));
      const stored = (await repository.get(id))!;
      expect(stored.path).toEqual(ordinaryRoute.slice(0, index + 1).map(([q]) => q));
      expect(stored.progress).toEqual({ step: Math.min(index + 2, 8), maxSteps: 8 });
    }
    await saver.unsubscribe();
    expect(await repository.get(id)).toMatchObject({
      status: 'complete',
      outcome: { id: 'ordinary-personal-data', level: expect.any(String) },
      progress: { step: 8, maxSteps: 8 },
    });
    expect((await repository.history(id)).map(({ question, value }) => [question, value])).toEqual(ordinaryRoute);
  });

  it('changes made faster than they are saved are all saved, one at a time and in order', async () => {
    const { repository, id, actor, saver, concurrency } = await started();
    actor.send({ type: 'ANSWER', question: 'description', value: 'Eerste' });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'ANSWER', question: 'description', value: 'Tweede' });
    actor.send({ type: 'ANSWER', question: 'recognisable', value: 'no' });
    expect(saver.pending).toBe(4);

    expect(await saver.unsubscribe()).toBe(true);
    expect(saver.pending).toBe(0);
    expect((await repository.history(id)).map(({ question, value }) => [question, value])).toEqual([
      ['description', 'Eerste'],
      ['description', 'Tweede'],
      ['recognisable', 'no'],
    ]);
    expect((await repository.get(id))!.path).toEqual(['description', 'recognisable']);
    expect(concurrency.most).toBe(1);
  });

  it('stepping back is saved too, so a reload returns to the same step', async () => {
    const { repository, id, actor, saver } = await started();
    actor.send({ type: 'ANSWER', question: 'description', value: 'Foto' });
    actor.send({ type: 'ANSWER', question: 'recognisable', value: 'yes' });
    actor.send({ type: 'BACK' });
    await saver.unsubscribe();
    expect(await repository.get(id)).toMatchObject({
      answers: { description: 'Foto', recognisable: 'yes' },
      path: ['description'],
      progress: { step: 2 },
    });
  });

  it('a state that changes neither answers nor path is not saved again', async () => {
    const { repository, id, actor, saver } = await started();
    actor.send({ type: 'ANSWER', question: 'description', value: 'Foto' });
    actor.send({ type: 'ANSWER', question: 'recognisable', value: 'not an option' });
    actor.send({ type: 'GOTO', question: 'unknown-question' });
    expect(saver.pending).toBe(1);
    await saver.unsubscribe();
    expect(await repository.history(id)).toHaveLength(1);
  });

  it('after unsubscribing, changes are no longer saved', async () => {
    const { repository, id, actor, saver } = await started();
    await saver.unsubscribe();
    actor.send({ type: 'ANSWER', question: 'description', value: 'Foto' });
    expect(saver.pending).toBe(0);
    expect((await repository.get(id))!.answers).toEqual({});
  });
});

describe('a full disk loses no answer: the save is reported as StorageFullError and kept until it succeeds', () => {
  it('the failed answer is kept pending and saved on retry()', async () => {
    const { db, repository, id, actor, saver, errors } = await started();
    vi.spyOn(db.assessments, 'put').mockImplementationOnce(() => {
      throw quotaError();
    });
    actor.send({ type: 'ANSWER', question: 'description', value: 'Foto' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toBeInstanceOf(StorageFullError);
    expect((errors[0] as StorageFullError).cause).toMatchObject({ name: 'QuotaExceededError' });
    expect(saver.pending).toBe(1);
    expect((await repository.get(id))!.answers).toEqual({});
    expect(await repository.history(id)).toEqual([]);

    expect(await saver.retry()).toBe(true);
    expect(saver.pending).toBe(0);
    expect((await repository.get(id))!.answers).toEqual({ description: 'Foto' });
    expect((await repository.history(id)).map(({ value }) => value)).toEqual(['Foto']);
  });

  it('the next change saves the failed answer first, then itself', async () => {
    const { db, repository, id, actor, saver, errors } = await started();
    vi.spyOn(db.assessments, 'put').mockImplementationOnce(() => {
      throw quotaError();
    });
    actor.send({ type: 'ANSWER', question: 'description', value: 'Foto' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    actor.send({ type: 'ANSWER', question: 'recognisable', value: 'yes' });
    expect(await saver.unsubscribe()).toBe(true);
    expect((await repository.history(id)).map(({ question, value }) => [question, value])).toEqual([
      ['description', 'Foto'],
      ['recognisable', 'yes'],
    ]);
  });

  it('a quota error wrapped by Dexie (as the inner error of an AbortError) is a StorageFullError too', async () => {
    const { db, actor, saver, errors } = await started();
    vi.spyOn(db.assessments, 'put').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quotaError()));
    actor.send({ type: 'ANSWER', question: 'description', value: 'Foto' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toBeInstanceOf(StorageFullError);
    expect(await saver.retry()).toBe(false);
    expect(errors).toHaveLength(2);
    expect(saver.pending).toBe(1);
  });

  it('other failures are reported as they are, and kept pending as well', async () => {
    const { db, actor, saver, errors } = await started();
    vi.spyOn(db.assessments, 'put').mockImplementationOnce(() => {
      throw new Error('disk on fire');
    });
    actor.send({ type: 'ANSWER', question: 'description', value: 'Foto' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).not.toBeInstanceOf(StorageFullError);
    expect(saver.pending).toBe(1);
    expect(await saver.unsubscribe()).toBe(true);
    expect(currentNode(actor.getSnapshot())).toBe('recognisable');
  });
});
