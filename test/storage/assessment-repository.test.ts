import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fingerprintsOf } from '../../src/storage/fingerprint';
import { AssessmentNotFoundError, StorageInputError } from '../../src/storage/storage-errors';
import { freshRepository, photoTest } from './storage-fixtures';

const compiled = photoTest();

const progressOfRoute = (answers: Record<string, string>, path: string[]) => ({
  answers,
  path,
  status: 'in-progress' as const,
  outcome: null,
  progress: { step: path.length + 1, maxSteps: 8 },
  fingerprints: fingerprintsOf(compiled),
});

/** Everything the database holds, to prove a rejected write changed nothing. */
const contents = async ({ db }: ReturnType<typeof freshRepository>) => ({
  assessments: await db.assessments.toArray(),
  answerLog: await db.answerLog.toArray(),
  settings: await db.settings.toArray(),
});

describe('an assessment is created with a fresh id, in progress, with the fingerprints of its questionnaire', () => {
  it('a new assessment starts at the first question', async () => {
    const { repository } = freshRepository();
    const record = await repository.create({ compiled, title: '  Teamfoto  ' });
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(record).toMatchObject({
      title: 'Teamfoto',
      questionnaire: { id: 'photo-purpose-test', version: '1.0.0' },
      answers: {},
      path: [],
      status: 'in-progress',
      outcome: null,
      progress: { step: 1 },
    });
    expect(Object.keys(record.fingerprints)).toEqual(compiled.questionnaire.questions.map((q) => q.id));
    expect(await repository.get(record.id)).toEqual(record);
  });

  it('answers carried from another questionnaire are replayed and logged as given', async () => {
    const { repository } = freshRepository();
    const record = await repository.create({
      compiled,
      title: 'Overgedragen',
      answers: { description: 'Foto', recognisable: 'yes' },
    });
    expect(record.path).toEqual(['description', 'recognisable']);
    expect(record.progress.step).toBe(3);
    expect((await repository.history(record.id)).map(({ question, value }) => [question, value])).toEqual([
      ['description', 'Foto'],
      ['recognisable', 'yes'],
    ]);
  });

  it('two assessments never share an id', async () => {
    const { repository } = freshRepository();
    const [a, b] = await Promise.all([
      repository.create({ compiled, title: 'A' }),
      repository.create({ compiled, title: 'B' }),
    ]);
    expect(a.id).not.toBe(b.id);
  });
});

describe('the list shows the newest change first and filters by questionnaire, status and title', () => {
  async function three() {
    const setup = freshRepository();
    const { repository } = setup;
    const oldest = await repository.create({ compiled, title: 'Foto’s van de heidag' });
    const middle = await repository.create({ compiled, title: 'Teams-opname' });
    const newest = await repository.create({ compiled, title: 'Website HEIDAG' });
    await repository.saveProgress(middle.id, {
      ...progressOfRoute({ description: 'x', recognisable: 'no' }, ['description', 'recognisable']),
      status: 'complete',
      outcome: { id: 'not-personal-data', level: 'none' },
      progress: { step: 2, maxSteps: 2 },
    });
    return { ...setup, oldest, middle, newest };
  }

  it('newest first: a saved change moves an assessment to the top', async () => {
    const { repository, oldest, middle, newest } = await three();
    expect((await repository.list()).map((r) => r.id)).toEqual([middle.id, newest.id, oldest.id]);
  });

  it('search is a case-insensitive part of the title', async () => {
    const { repository, oldest, newest } = await three();
    expect((await repository.list({ search: 'heiDAG' })).map((r) => r.id)).toEqual([newest.id, oldest.id]);
    expect(await repository.list({ search: 'nothing like it' })).toEqual([]);
  });

  it('the status and questionnaire filters combine with the search', async () => {
    const { repository, middle, newest, oldest } = await three();
    expect((await repository.list({ status: 'complete' })).map((r) => r.id)).toEqual([middle.id]);
    expect((await repository.list({ status: 'in-progress', search: 'heidag' })).map((r) => r.id)).toEqual([
      newest.id,
      oldest.id,
    ]);
    expect(await repository.list({ questionnaireId: 'special-category-data' })).toEqual([]);
    expect(await repository.list({ questionnaireId: 'photo-purpose-test' })).toHaveLength(3);
  });

  it('the newest page holds the newest changes first, as many as asked, and counts them all', async () => {
    const { repository, oldest, middle, newest } = await three();
    const page = await repository.newest(2);
    expect(page.records.map((r) => r.id)).toEqual([middle.id, newest.id]);
    expect(page.total).toBe(3);
    expect((await repository.newest(50)).records.map((r) => r.id)).toEqual([middle.id, newest.id, oldest.id]);
  });
});

describe('a title is trimmed and 1 to 200 characters long; a bad one is refused with the field named', () => {
  it('renaming trims the title and keeps everything else', async () => {
    const { repository } = freshRepository();
    const record = await repository.create({ compiled, title: 'Oud' });
    const renamed = await repository.rename(record.id, '  Nieuw  ');
    expect(renamed).toEqual({ ...record, title: 'Nieuw', updated: renamed.updated });
    expect(await repository.get(record.id)).toEqual(renamed);
  });

  it.each([
    ['empty', '   ', 'too_small'],
    ['too long', 'x'.repeat(201), 'too_big'],
  ])('an %s title is refused and nothing changes', async (_, title, code) => {
    const setup = freshRepository();
    const record = await setup.repository.create({ compiled, title: 'Oud' });
    const before = await contents(setup);
    const error = await setup.repository.rename(record.id, title).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageInputError);
    expect(error).toMatchObject({ field: 'title', code });
    expect(await contents(setup)).toEqual(before);
  });

  it('a title of exactly 200 characters is accepted', async () => {
    const { repository } = freshRepository();
    const record = await repository.create({ compiled, title: 'Oud' });
    expect((await repository.rename(record.id, 'x'.repeat(200))).title).toHaveLength(200);
  });

  it('renaming an assessment that does not exist says so', async () => {
    const { repository } = freshRepository();
    await expect(repository.rename('nope', 'Titel')).rejects.toBeInstanceOf(AssessmentNotFoundError);
  });
});

describe('a duplicate is a new assessment with the same answers, the given title and a copy of the history', () => {
  it('duplicating copies answers, path and history under a new id', async () => {
    const { repository } = freshRepository();
    const original = await repository.create({ compiled, title: 'Origineel' });
    await repository.saveProgress(original.id, progressOfRoute({ description: 'Foto' }, ['description']));
    const saved = (await repository.get(original.id))!;
    const copy = await repository.duplicate(original.id, 'Origineel (kopie)');

    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({ title: 'Origineel (kopie)', answers: saved.answers, path: saved.path });
    const strip = (entries: { question: string; value: unknown; at: string }[]) =>
      entries.map(({ question, value, at }) => ({ question, value, at }));
    expect(strip(await repository.history(copy.id))).toEqual(strip(await repository.history(original.id)));
    expect(await repository.get(original.id)).toEqual(saved);
  });

  it('a duplicate needs a valid title too', async () => {
    const setup = freshRepository();
    const original = await setup.repository.create({ compiled, title: 'Origineel' });
    const before = await contents(setup);
    await expect(setup.repository.duplicate(original.id, '')).rejects.toMatchObject({ field: 'title' });
    expect(await contents(setup)).toEqual(before);
  });
});

describe('removing an assessment can be undone: record and answer log come back exactly', () => {
  it('undo restores the record and every log entry with its own sequence number', async () => {
    const setup = freshRepository();
    const { repository, db } = setup;
    const kept = await repository.create({ compiled, title: 'Blijft' });
    const record = await repository.create({ compiled, title: 'Weg' });
    await repository.saveProgress(record.id, progressOfRoute({ description: 'Foto' }, ['description']));
    await repository.saveProgress(
      record.id,
      progressOfRoute({ description: 'Foto', recognisable: 'yes' }, ['description', 'recognisable']),
    );
    await repository.saveProgress(kept.id, progressOfRoute({ description: 'Ander' }, ['description']));
    const before = await contents(setup);

    const undo = await repository.remove(record.id);
    expect(await repository.get(record.id)).toBeUndefined();
    expect(await repository.history(record.id)).toEqual([]);
    expect(await db.answerLog.where('assessmentId').equals(kept.id).count()).toBe(1);

    await undo();
    expect(await contents(setup)).toEqual(before);
  });

  it('removing an assessment that does not exist says so and changes nothing', async () => {
    const setup = freshRepository();
    await setup.repository.create({ compiled, title: 'Blijft' });
    const before = await contents(setup);
    await expect(setup.repository.remove('nope')).rejects.toBeInstanceOf(AssessmentNotFoundError);
    expect(await contents(setup)).toEqual(before);
  });
});

describe('the answer log only grows: one entry per answer added, changed or removed, never rewritten', () => {
  it('each save appends the answers that changed, with their time; a removal is logged as null', async () => {
    const { repository } = freshRepository();
    const { id } = await repository.create({ compiled, title: 'Log' });
    await repository.saveProgress(id, progressOfRoute({ description: 'Eerste' }, ['description']));
    const first = await repository.history(id);
    await repository.saveProgress(
      id,
      progressOfRoute({ description: 'Tweede', recognisable: 'yes' }, ['description', 'recognisable']),
    );
    await repository.saveProgress(
      id,
      progressOfRoute({ description: 'Tweede', recognisable: 'yes' }, ['description', 'recognisable']),
    );
    await repository.saveProgress(id, progressOfRoute({ description: 'Tweede' }, ['description']));
    const all = await repository.history(id);

    expect(all.slice(0, first.length)).toEqual(first);
    expect(all.map(({ question, value }) => [question, value])).toEqual([
      ['description', 'Eerste'],
      ['description', 'Tweede'],
      ['recognisable', 'yes'],
      ['recognisable', null],
    ]);
    expect(all.map((entry) => entry.seq)).toEqual([...all.map((entry) => entry.seq)].sort((a, b) => a! - b!));
    expect(all.every((entry) => entry.at === new Date(entry.at).toISOString())).toBe(true);
    expect(all[1]!.at).toBe(all[2]!.at);
  });

  it('saving progress updates the cached path, status and outcome with the answers', async () => {
    const { repository } = freshRepository();
    const { id } = await repository.create({ compiled, title: 'Cache' });
    const saved = await repository.saveProgress(id, {
      ...progressOfRoute({ description: 'x', recognisable: 'no' }, ['description', 'recognisable']),
      status: 'complete',
      outcome: { id: 'not-personal-data', level: 'none' },
    });
    expect(await repository.get(id)).toEqual(saved);
    expect(saved).toMatchObject({ status: 'complete', outcome: { id: 'not-personal-data' } });
  });
});

describe('bad input is refused with the field named, and changes nothing', () => {
  it.each([
    ['an answer of the wrong type', { answers: { description: { nested: true } } }, 'answers.description'],
    ['an unknown status', { status: 'done' }, 'status'],
    ['a negative step', { progress: { step: -1, maxSteps: 8 } }, 'progress.step'],
    ['a path that is not a list', { path: 'description' }, 'path'],
    ['a field storage does not know', { colour: 'red' }, 'colour'],
    ['a malformed version', { questionnaire: { id: 'photo-purpose-test', version: 'two' } }, 'questionnaire.version'],
    ['another questionnaire', { questionnaire: { id: 'special-category-data', version: '1.0.0' } }, 'questionnaire.id'],
  ])('saving progress with %s', async (_, bad, field) => {
    const setup = freshRepository();
    const { id } = await setup.repository.create({ compiled, title: 'Goed' });
    await setup.repository.saveProgress(id, progressOfRoute({ description: 'Foto' }, ['description']));
    const before = await contents(setup);
    const update = { ...progressOfRoute({ description: 'Ander' }, ['description']), ...bad };
    // @ts-expect-error: bad input on purpose, as an untyped caller could send it
    const error: unknown = await setup.repository.saveProgress(id, update).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageInputError);
    expect((error as StorageInputError).field).toBe(field);
    expect(await contents(setup)).toEqual(before);
  });

  it('creating with an empty title or a malformed answer stores nothing', async () => {
    const setup = freshRepository();
    const before = await contents(setup);
    await expect(setup.repository.create({ compiled, title: '' })).rejects.toMatchObject({ field: 'title' });
    await expect(
      // @ts-expect-error: bad input on purpose
      setup.repository.create({ compiled, title: 'Goed', answers: { description: null } }),
    ).rejects.toMatchObject({ field: 'answers.description' });
    expect(await contents(setup)).toEqual(before);
  });

  it('saving progress of an assessment that does not exist says so', async () => {
    const { repository } = freshRepository();
    await expect(repository.saveProgress('nope', progressOfRoute({}, []))).rejects.toBeInstanceOf(
      AssessmentNotFoundError,
    );
  });
});

describe('settings hold plain JSON values and are read through the schema the caller expects', () => {
  it('a setting reads back as written', async () => {
    const { repository } = freshRepository();
    await repository.setSetting('language', 'en');
    await repository.setSetting('lastOpened', { id: 'abc', at: 3 });
    expect(await repository.getSetting('language')).toBe('en');
    expect(await repository.getSetting('lastOpened', z.object({ id: z.string() }))).toEqual({ id: 'abc' });
    expect(await repository.getSetting('missing')).toBeUndefined();
  });

  it('a stored value that no longer fits the expected schema reads as undefined', async () => {
    const { repository } = freshRepository();
    await repository.setSetting('language', 'de');
    expect(await repository.getSetting('language', z.enum(['nl', 'en']))).toBeUndefined();
  });

  it('a value that is not JSON, or an empty key, is refused and nothing changes', async () => {
    const setup = freshRepository();
    await setup.repository.setSetting('language', 'nl');
    const before = await contents(setup);
    await expect(setup.repository.setSetting('language', () => 'en')).rejects.toMatchObject({ field: 'value' });
    await expect(setup.repository.setSetting('language', undefined)).rejects.toMatchObject({ field: 'value' });
    await expect(setup.repository.setSetting('', 'en')).rejects.toMatchObject({ field: 'key' });
    expect(await contents(setup)).toEqual(before);
  });
});
