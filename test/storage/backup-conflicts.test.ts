import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backup } from '../../src/storage/backup-format';
import { applyImport, planImport, readBackup, type ImportDecision } from '../../src/storage/backup-import';
import type { AssessmentDatabase } from '../../src/storage/database';
import { bytes, dump, databasesDeletedAfterEach, freshDatabase, logEntry, record, seed, text } from './backup-fixtures';

const open = databasesDeletedAfterEach();

const backupOf = (assessments: Backup['assessments'], answerLog: Backup['answerLog'] = []): Backup => {
  const file = text({
    format: 'privacy-assessments-backup',
    formatVersion: 1,
    exported: '2026-11-22T08:00:00.000Z',
    assessments,
    answerLog,
  });
  const read = readBackup(file, bytes(file));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.backup;
};

const storedHere = record('a-1', { title: 'Teams-foto’s (hier)', updated: '2026-11-10T10:00:00.000Z' });
const fromFile = record('a-1', {
  title: 'Teams-foto’s (uit backup)',
  updated: '2026-11-21T10:00:00.000Z',
  status: 'complete',
});

/** A database with a-1 and its log, and a backup with another a-1 (with its own log) and a new a-2. */
async function conflict() {
  const db = open();
  await seed(db, [storedHere], [logEntry('a-1', 'purpose', 'here', 1)]);
  await db.settings.put({ key: 'language', value: 'nl' });
  const backup = backupOf(
    [fromFile, record('a-2')],
    [logEntry('a-1', 'purpose', 'from-file', 2), logEntry('a-2', 'purpose', 'new', 3)],
  );
  return { db, backup };
}

const logOf = async (db: AssessmentDatabase, id: string) =>
  (await db.answerLog.where('assessmentId').equals(id).sortBy('seq')).map(({ value }) => value);

describe('importing into a database that already has some of the assessments', () => {
  it('the plan names each taken id with both titles and both updated dates, and the new ids', async () => {
    const { db, backup } = await conflict();
    expect(await planImport(db, backup)).toEqual({
      newIds: ['a-2'],
      conflicts: [
        {
          id: 'a-1',
          existing: { title: 'Teams-foto’s (hier)', updated: '2026-11-10T10:00:00.000Z' },
          imported: { title: 'Teams-foto’s (uit backup)', updated: '2026-11-21T10:00:00.000Z' },
        },
      ],
    });
  });

  it('keep both stores the imported assessment under a new id, with its log, and leaves the stored one as it was', async () => {
    const { db, backup } = await conflict();
    const result = await applyImport(db, backup, { 'a-1': 'keep-both' }, () => 'a-1-copy');
    expect(result).toEqual({
      ok: true,
      added: ['a-2'],
      replaced: [],
      keptBoth: [{ id: 'a-1', newId: 'a-1-copy' }],
      skipped: [],
    });
    expect(await db.assessments.get('a-1')).toEqual(storedHere);
    expect(await db.assessments.get('a-1-copy')).toEqual({ ...fromFile, id: 'a-1-copy' });
    expect(await logOf(db, 'a-1')).toEqual(['here']);
    expect(await logOf(db, 'a-1-copy')).toEqual(['from-file']);
    expect(await logOf(db, 'a-2')).toEqual(['new']);
  });

  it('keep both without an id generator gives a fresh random id', async () => {
    const { db, backup } = await conflict();
    const result = await applyImport(db, backup, { 'a-1': 'keep-both' });
    expect(result.ok && result.keptBoth[0]!.newId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.assessments.count()).toBe(3);
  });

  it('replace overwrites the stored assessment and appends the imported log to its log', async () => {
    const { db, backup } = await conflict();
    expect(await applyImport(db, backup, { 'a-1': 'replace' })).toMatchObject({ ok: true, replaced: ['a-1'] });
    expect(await db.assessments.get('a-1')).toEqual(fromFile);
    expect(await logOf(db, 'a-1')).toEqual(['here', 'from-file']);
  });

  it('skip leaves the stored assessment and its log as they were, and imports the rest', async () => {
    const { db, backup } = await conflict();
    expect(await applyImport(db, backup, { 'a-1': 'skip' })).toMatchObject({
      ok: true,
      added: ['a-2'],
      skipped: ['a-1'],
    });
    expect(await db.assessments.get('a-1')).toEqual(storedHere);
    expect(await logOf(db, 'a-1')).toEqual(['here']);
    expect(await logOf(db, 'a-2')).toEqual(['new']);
  });

  it('skip also leaves out a new assessment the user deselected', async () => {
    const { db, backup } = await conflict();
    await applyImport(db, backup, { 'a-1': 'skip', 'a-2': 'skip' });
    expect(await db.assessments.get('a-2')).toBeUndefined();
    expect(await logOf(db, 'a-2')).toEqual([]);
  });

  it('a taken id without a decision refuses the whole import, names the assessment, and changes nothing', async () => {
    const { db, backup } = await conflict();
    const before = await dump(db);
    expect(await applyImport(db, backup, {})).toMatchObject({
      ok: false,
      problems: [
        {
          code: 'undecided-conflict',
          where: 'assessments[0]',
          message:
            'Assessment "Teams-foto’s (uit backup)" (id "a-1") is already stored here; choose keep both, replace or skip. Nothing was imported.',
        },
      ],
    });
    expect(await dump(db)).toBe(before);
  });

  it('a decision inherited from Object.prototype is no decision', async () => {
    const db = open();
    await seed(db, [record('constructor')]);
    const before = await dump(db);
    const result = await applyImport(db, backupOf([record('constructor')]), {});
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'undecided-conflict' }] });
    expect(await dump(db)).toBe(before);
  });

  it('a decision that is not keep-both, replace or skip is no decision', async () => {
    const { db, backup } = await conflict();
    const before = await dump(db);
    const decisions = JSON.parse('{"a-1":"overwrite"}') as Record<string, ImportDecision>;
    expect(await applyImport(db, backup, decisions)).toMatchObject({
      ok: false,
      problems: [{ code: 'undecided-conflict' }],
    });
    expect(await dump(db)).toBe(before);
  });

  it('an id taken after the plan was made is caught when applying, and nothing is written', async () => {
    const db = open();
    const backup = backupOf([record('a-1'), record('a-2')]);
    expect((await planImport(db, backup)).conflicts).toEqual([]);
    await seed(db, [record('a-2', { title: 'Written meanwhile in another tab' })]);
    const before = await dump(db);
    expect(await applyImport(db, backup, {})).toMatchObject({ ok: false, problems: [{ where: 'assessments[1]' }] });
    expect(await dump(db)).toBe(before);
  });

  it('every mix of decisions does what each says, and any taken id left undecided changes nothing', async () => {
    const ids = ['a-1', 'a-2', 'a-3', 'a-4'];
    const choice = fc.option(fc.constantFrom<ImportDecision>('keep-both', 'replace', 'skip'), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(fc.subarray(ids), fc.tuple(choice, choice, choice, choice), async (storedIds, choices) => {
        const db = freshDatabase();
        try {
          await seed(
            db,
            storedIds.map((id) => record(id, { title: `stored ${id}` })),
            storedIds.map((id) => logEntry(id, 'q', `stored ${id}`)),
          );
          const backup = backupOf(
            ids.map((id) => record(id, { title: `imported ${id}` })),
            ids.map((id) => logEntry(id, 'q', `imported ${id}`)),
          );
          const decisions = Object.fromEntries(
            ids.flatMap((id, index) => (choices[index] ? [[id, choices[index]]] : [])),
          );
          const before = await dump(db);
          const result = await applyImport(db, backup, decisions);

          if (storedIds.some((id) => decisions[id] === undefined)) {
            expect(result.ok).toBe(false);
            expect(await dump(db)).toBe(before);
            return;
          }
          expect(result.ok).toBe(true);
          for (const id of ids) {
            const decision: ImportDecision | 'add' = storedIds.includes(id)
              ? decisions[id]!
              : decisions[id] === 'skip'
                ? 'skip'
                : 'add';
            const stored = await db.assessments.get(id);
            const log = await logOf(db, id);
            const copies = (await db.assessments.filter(({ title }) => title === `imported ${id}`).toArray()).filter(
              (copy) => copy.id !== id,
            );
            if (decision === 'skip') {
              expect(stored?.title).toBe(storedIds.includes(id) ? `stored ${id}` : undefined);
              expect(copies).toEqual([]);
            } else if (decision === 'replace') {
              expect(stored?.title).toBe(`imported ${id}`);
              expect(log).toEqual([`stored ${id}`, `imported ${id}`]);
            } else if (decision === 'keep-both') {
              expect(stored?.title).toBe(`stored ${id}`);
              expect(log).toEqual([`stored ${id}`]);
              expect(copies).toHaveLength(1);
              expect(await logOf(db, copies[0]!.id)).toEqual([`imported ${id}`]);
            } else {
              expect(stored?.title).toBe(`imported ${id}`);
              expect(log).toEqual([`imported ${id}`]);
            }
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('an import is all or nothing', () => {
  it('a constraint error on the 3rd record leaves the database exactly as before', async () => {
    const db = open();
    await seed(db, [record('x-1'), record('x-2')], [logEntry('x-1', 'q', 'before')]);
    await db.settings.put({ key: 'last-opened', value: 'x-1' });
    const backup = backupOf(
      [record('n-1'), record('n-2'), record('x-1', { title: 'copy' }), record('n-4')],
      [logEntry('n-1', 'q', 'a'), logEntry('n-2', 'q', 'b'), logEntry('x-1', 'q', 'c'), logEntry('n-4', 'q', 'd')],
    );
    const before = await dump(db);
    // The new id given to the 3rd record is already taken: IndexedDB refuses the add with a ConstraintError.
    const result = await applyImport(db, backup, { 'x-1': 'keep-both' }, () => 'x-2');
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          code: 'storage-error',
          where: null,
          message: expect.stringMatching(
            /^Nothing was imported: the browser's database refused the change \(ConstraintError: /,
          ),
        },
      ],
    });
    expect(await dump(db)).toBe(before);
  });

  it('a failure while writing the log, after every record was written, leaves the database exactly as before', async () => {
    const db = open();
    await seed(db, [record('x-1')], [logEntry('x-1', 'q', 'before')]);
    const before = await dump(db);
    let written = 0;
    db.answerLog.hook('creating', () => {
      written += 1;
      if (written === 3) throw new Error('disk went away');
    });
    const backup = backupOf(
      [record('n-1'), record('n-2')],
      [logEntry('n-1', 'q', 'a'), logEntry('n-1', 'q', 'b'), logEntry('n-2', 'q', 'c'), logEntry('n-2', 'q', 'd')],
    );
    expect(await applyImport(db, backup, {})).toMatchObject({ ok: false, problems: [{ code: 'storage-error' }] });
    expect(written).toBe(3);
    expect(await dump(db)).toBe(before);
  });

  it('a full disk is reported as such, and nothing is written', async () => {
    const db = open();
    const before = await dump(db);
    db.assessments.hook('creating', (_key, value) => {
      if (value.id === 'n-2') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await applyImport(db, backupOf([record('n-1'), record('n-2')]), {})).toEqual({
      ok: false,
      problems: [
        {
          code: 'storage-full',
          where: null,
          params: {},
          message: 'Nothing was imported: the browser has no room left for this data. Free some space and try again.',
        },
      ],
    });
    expect(await dump(db)).toBe(before);
  });
});
