import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../../src/storage/assessment-record';
import { backupFileName, exportBackup } from '../../src/storage/backup-export';
import { applyImport, readBackup } from '../../src/storage/backup-import';
import type { AssessmentDatabase } from '../../src/storage/database';
import { bytes, databasesDeletedAfterEach, logEntry, record, seed, text } from './backup-fixtures';

const open = databasesDeletedAfterEach();

const records = [
  record('a-1', {
    title: 'Teams-foto’s van medewerkers',
    status: 'complete',
    outcome: { id: 'special', level: 'high' },
  }),
  record('a-2', { title: 'Ziekteverzuim in Excel' }),
  record('a-3', {
    title: 'AWS-opslag van sollicitaties',
    answers: {},
    path: [],
    progress: { step: 0, maxSteps: 5 },
    fingerprints: {},
  }),
];
// Interleaved as a real log is: entries of different assessments alternate.
const log = [
  logEntry('a-1', 'purpose', 'teams-photos', 1),
  logEntry('a-2', 'purpose', 'absence', 2),
  logEntry('a-1', 'data-kinds', ['health'], 3),
  logEntry('a-1', 'data-kinds', ['health', 'religion'], 4),
  logEntry('a-2', 'employees', 40, 5),
  logEntry('a-1', 'employees', null, 6),
];

async function exportAndRead(db: AssessmentDatabase, ids: string[] | 'all') {
  const file = text(await exportBackup(db, ids, new Date('2026-11-22T08:00:00.000Z')));
  const read = readBackup(file, bytes(file));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.backup;
}

const logOf = async (db: AssessmentDatabase, id: string) =>
  (await db.answerLog.where('assessmentId').equals(id).sortBy('seq')).map(({ seq: _seq, ...entry }) => entry);

describe('backup export and import', () => {
  it('export then import into an empty database gives the same records and the same logs, in order', async () => {
    const from = open();
    await seed(from, records, log);
    const backup = await exportAndRead(from, 'all');

    const to = open();
    expect(await applyImport(to, backup, {})).toEqual({
      ok: true,
      added: ['a-1', 'a-2', 'a-3'],
      replaced: [],
      keptBoth: [],
      skipped: [],
    });
    expect(await to.assessments.toArray()).toEqual(await from.assessments.toArray());
    for (const { id } of records) expect(await logOf(to, id)).toEqual(await logOf(from, id));
  });

  it('exporting the imported database again gives the same file', async () => {
    const from = open();
    await seed(from, records, log);
    const first = await exportBackup(from, 'all', new Date('2026-11-22T08:00:00.000Z'));
    const to = open();
    await applyImport(to, await exportAndRead(from, 'all'), {});
    expect(await exportBackup(to, 'all', new Date('2026-11-22T08:00:00.000Z'))).toEqual(first);
  });

  it('fields this version does not know survive export and import, at every level of a record and log entry', async () => {
    const newer = {
      ...record('a-9'),
      signedBy: { name: 'FG', at: '2026-11-21T12:00:00.000Z' },
      questionnaire: { id: 'special-category-data', version: '2.0.0', locale: 'nl' },
      progress: { step: 1, maxSteps: 2, percent: 50 },
      outcome: { id: 'special', level: 'low', reasons: ['art-9-2-a'] },
    } satisfies AssessmentRecord;
    const from = open();
    await seed(from, [newer], [{ ...logEntry('a-9', 'purpose', 'x'), device: 'laptop' }]);
    const to = open();
    await applyImport(to, await exportAndRead(from, 'all'), {});
    expect(await to.assessments.get('a-9')).toEqual(newer);
    expect(await logOf(to, 'a-9')).toEqual([{ ...logEntry('a-9', 'purpose', 'x'), device: 'laptop' }]);
  });

  it('exports one assessment with only its own log', async () => {
    const db = open();
    await seed(db, records, log);
    const backup = await exportBackup(db, ['a-2']);
    expect(backup.assessments.map(({ id }) => id)).toEqual(['a-2']);
    expect(backup.answerLog).toEqual([logEntry('a-2', 'purpose', 'absence', 2), logEntry('a-2', 'employees', 40, 5)]);
  });

  it('exports several assessments in the order asked, each id once, with their logs in log order', async () => {
    const db = open();
    await seed(db, records, log);
    const backup = await exportBackup(db, ['a-3', 'a-1', 'a-3']);
    expect(backup.assessments.map(({ id }) => id)).toEqual(['a-3', 'a-1']);
    expect(backup.answerLog).toEqual(log.filter(({ assessmentId }) => assessmentId === 'a-1'));
  });

  it('exports all assessments with the whole log, without the local sequence numbers', async () => {
    const db = open();
    await seed(db, records, log);
    const backup = await exportBackup(db, 'all', new Date('2026-11-22T08:00:00.000Z'));
    expect(backup).toMatchObject({
      format: 'privacy-assessments-backup',
      formatVersion: 1,
      exported: '2026-11-22T08:00:00.000Z',
    });
    expect(backup.assessments).toEqual(records);
    expect(backup.answerLog).toEqual(log);
    expect(backup.answerLog!.some((entry) => 'seq' in entry)).toBe(false);
  });

  it('an empty database exports a valid backup with no assessments', async () => {
    const backup = await exportAndRead(open(), 'all');
    expect(backup.assessments).toEqual([]);
    expect(backup.answerLog).toEqual([]);
  });

  it('exporting an id that is not stored fails and names it, so a backup never silently lacks an assessment', async () => {
    const db = open();
    await seed(db, records);
    await expect(exportBackup(db, ['a-1', 'gone'])).rejects.toThrow('"gone"');
  });

  it('a backup without an answer log imports its assessments', async () => {
    const file = text({
      format: 'privacy-assessments-backup',
      formatVersion: 1,
      exported: '2026-11-22T08:00:00.000Z',
      assessments: [record('a-1')],
    });
    const read = readBackup(file, bytes(file));
    expect(read.ok).toBe(true);
    const db = open();
    if (read.ok) expect(await applyImport(db, read.backup, {})).toMatchObject({ ok: true, added: ['a-1'] });
    expect(await db.answerLog.count()).toBe(0);
  });

  it('a file saved with a byte order mark is read', () => {
    const file =
      '\uFEFF' +
      text({
        format: 'privacy-assessments-backup',
        formatVersion: 1,
        exported: '2026-11-22T08:00:00.000Z',
        assessments: [],
      });
    expect(readBackup(file, bytes(file)).ok).toBe(true);
  });

  it('the file is named after the local calendar day of the export', () => {
    expect(backupFileName(new Date(2026, 10, 22, 23, 59))).toBe('privacy-assessments-2026-11-22.json');
    expect(backupFileName(new Date(2027, 0, 3, 0, 0))).toBe('privacy-assessments-2027-01-03.json');
  });
});
