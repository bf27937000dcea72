import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { currentNode } from '../../src/engine/compile-machine';
import { checkQuestionnaire } from '../../src/engine/check-questionnaire';
import { compile } from '../../src/engine/compile';
import type { Questionnaire } from '../../src/engine/questionnaire-schema';
import { autosave } from '../../src/storage/autosave';
import { resumeAssessment } from '../../src/storage/resume';
import { freshRepository, ordinaryRoute, photoQuestionnaire, photoTest } from './storage-fixtures';

const compiled = photoTest();

/** Plays answers (and BACKs) through autosave, as the wizard would, and returns the stored record. */
async function stored(steps: readonly (readonly [string, string] | 'BACK')[]) {
  const { repository } = freshRepository();
  const { id } = await repository.create({ compiled, title: 'Hervat' });
  const actor = createActor(compiled.machine).start();
  const saver = autosave(actor, compiled, repository, id);
  for (const step of steps) {
    actor.send(step === 'BACK' ? { type: 'BACK' } : { type: 'ANSWER', question: step[0], value: step[1] });
  }
  await saver.unsubscribe();
  return { repository, id, record: (await repository.get(id))!, left: actor.getSnapshot() };
}

const start = (questionnaire: typeof compiled, snapshot: ReturnType<typeof resumeAssessment>['snapshot']) =>
  createActor(questionnaire.machine, { snapshot }).start().getSnapshot();

describe('resuming restores the exact step the user left', () => {
  it('halfway through, the assessment continues at the next question with every answer', async () => {
    const { record, left } = await stored(ordinaryRoute.slice(0, 4));
    const resumed = resumeAssessment(compiled, record);
    expect(resumed.versionChange).toBeNull();
    const snapshot = start(compiled, resumed.snapshot);
    expect(currentNode(snapshot)).toBe('image-context');
    expect(snapshot.context).toEqual(left.context);
  });

  it('after stepping back, it continues at the question stepped back to, with the later answer pre-filled', async () => {
    const { record, left } = await stored([...ordinaryRoute.slice(0, 4), 'BACK', 'BACK']);
    expect(currentNode(left)).toBe('household-use');
    const snapshot = start(compiled, resumeAssessment(compiled, record).snapshot);
    expect(currentNode(snapshot)).toBe('household-use');
    expect(snapshot.context.path).toEqual(['description', 'recognisable']);
    expect(snapshot.context.answers).toMatchObject({ 'household-use': 'no', 'face-recognition': 'no' });
    expect(snapshot.can({ type: 'BACK' })).toBe(true);
  });

  it('at an outcome, it opens at that outcome', async () => {
    const { record } = await stored(ordinaryRoute);
    const snapshot = start(compiled, resumeAssessment(compiled, record).snapshot);
    expect(currentNode(snapshot)).toBe('ordinary-personal-data');
    expect(snapshot.context.path).toEqual(ordinaryRoute.map(([question]) => question));
  });

  it('an assessment of another questionnaire is refused', async () => {
    const { record } = await stored([]);
    const other = { ...record, questionnaire: { id: 'special-category-data', version: '1.0.0' } };
    expect(() => resumeAssessment(compiled, other)).toThrow(/belongs to "special-category-data"/);
  });
});

/**
 * Version 1.1.0 of the photo test: `recognisable` is worded differently, a new question `publication` comes after
 * `household-use`, and `image-context` no longer offers "other".
 */
function version110(): Questionnaire {
  const questionnaire = structuredClone(photoQuestionnaire());
  questionnaire.version = '1.1.0';
  const question = (id: string) => questionnaire.questions.find((q) => q.id === id)!;
  question('recognisable').text = { nl: 'Is iemand in beeld herkenbaar?', en: 'Is anyone in the images recognisable?' };
  const householdUse = question('household-use');
  householdUse.next = (householdUse.next as { when?: never; to: string }[]).map((route) =>
    route.to === 'face-recognition' ? { ...route, to: 'publication' } : route,
  );
  questionnaire.questions.splice(questionnaire.questions.indexOf(householdUse) + 1, 0, {
    id: 'publication',
    type: 'yes-no-unknown',
    text: { nl: 'Publiceert u de beelden?', en: 'Do you publish the images?' },
    source: householdUse.source,
    next: 'face-recognition',
  });
  const imageContext = question('image-context');
  if (imageContext.type === 'single-choice')
    imageContext.options = imageContext.options.filter((o) => o.id !== 'other');
  expect(checkQuestionnaire(questionnaire).problems).toEqual([]);
  return questionnaire;
}

describe('on a newer questionnaire version, the answers that still fit are kept and the changes are named', () => {
  const newer = compile(version110());

  it('changed and new questions are named, and an answer that no longer fits is reported with its old value', async () => {
    const { record } = await stored(ordinaryRoute.slice(0, 6));
    const { versionChange } = resumeAssessment(newer, record);
    expect(versionChange).toEqual({
      from: '1.0.0',
      to: '1.1.0',
      changed: ['recognisable', 'image-context'],
      added: ['publication'],
      droppedAnswers: [{ question: 'image-context', value: 'other', reason: 'invalid-answer' }],
    });
  });

  it('the answers are replayed on the new version up to its new question; those that fit come back pre-filled', async () => {
    const { record } = await stored(ordinaryRoute.slice(0, 6));
    const snapshot = start(newer, resumeAssessment(newer, record).snapshot);
    expect(currentNode(snapshot)).toBe('publication');
    expect(snapshot.context.path).toEqual(['description', 'recognisable', 'household-use']);
    expect(snapshot.context.answers).toEqual({
      description: 'Teamfoto voor intranet',
      recognisable: 'yes',
      'household-use': 'no',
      'face-recognition': 'no',
      'aimed-at-special': 'no',
    });
  });

  it('an answer to a question that is gone is dropped, and named', async () => {
    const { record } = await stored(ordinaryRoute.slice(0, 2));
    const withGone = { ...record, answers: { ...record.answers, 'old-question': 'yes' } };
    expect(resumeAssessment(newer, withGone).versionChange?.droppedAnswers).toEqual([
      { question: 'old-question', value: 'yes', reason: 'unknown-question' },
    ]);
  });

  it('the next save moves the record to the new version; the dropped answer keeps its old value in the log', async () => {
    const { repository, id, record } = await stored(ordinaryRoute.slice(0, 6));
    const actor = createActor(newer.machine, { snapshot: resumeAssessment(newer, record).snapshot }).start();
    const saver = autosave(actor, newer, repository, id);
    actor.send({ type: 'ANSWER', question: 'publication', value: 'yes' });
    await saver.unsubscribe();

    const upgraded = (await repository.get(id))!;
    expect(upgraded.questionnaire.version).toBe('1.1.0');
    expect(upgraded.answers).not.toHaveProperty('image-context');
    expect(resumeAssessment(newer, upgraded).versionChange).toBeNull();
    const imageContext = (await repository.history(id)).filter((entry) => entry.question === 'image-context');
    expect(imageContext.map(({ value }) => value)).toEqual(['other', null]);
  });
});
