import type { AssessmentRecord } from './assessment-record';
import { backupFormat, backupFormatVersion, withoutSeq, type Backup } from './backup-format';
import type { AssessmentDatabase } from './database';

/**
 * Writes the chosen assessments, exactly as stored, with their answer logs in the order they were given.
 * Records are not re-validated here: a record that no longer fits is still the user's data and must be backed up.
 * An id that is not stored throws, so a backup never silently lacks something the user asked for.
 */
export async function exportBackup(
  db: AssessmentDatabase,
  ids: readonly string[] | 'all',
  now: Date = new Date(),
): Promise<Backup> {
  return db.transaction('r', db.assessments, db.answerLog, async () => {
    const assessments = ids === 'all' ? await db.assessments.toArray() : await chosen(db, ids);
    const wanted = assessments.map(({ id }) => id);
    const entries = await db.answerLog.where('assessmentId').anyOf(wanted).sortBy('seq');
    return {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      exported: now.toISOString(),
      assessments,
      answerLog: entries.map(withoutSeq),
    };
  });
}

async function chosen(db: AssessmentDatabase, ids: readonly string[]): Promise<AssessmentRecord[]> {
  const unique = [...new Set(ids)];
  const records = await db.assessments.bulkGet(unique);
  const missing = unique.filter((_, index) => records[index] === undefined);
  if (missing.length > 0) throw new Error(`No assessment stored with id ${missing.map((id) => `"${id}"`).join(', ')}`);
  return records.filter((record) => record !== undefined);
}

/** `privacy-assessments-2026-11-22.json`, in the user's own calendar day. */
export const backupFileName = (date: Date): string => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `privacy-assessments-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
};
