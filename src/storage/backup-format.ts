import { z } from 'zod';
import { answerLogEntrySchema, assessmentRecordSchema, type AnswerLogEntry } from './assessment-record';

/**
 * A backup file: assessments with their answer logs, as JSON. Strict at the top, so a file that is something else
 * is refused; the records themselves are loose (assessment-record.ts), so fields a newer version added survive.
 * The log's `seq` is this browser's local order key: it is not written, and the order of `answerLog` is the order.
 */
export const backupFormat = 'privacy-assessments-backup';

/** Bump when a backup must change shape; readBackup names both versions when they differ. */
export const backupFormatVersion = 1;

export const backupSchema = z.strictObject({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  exported: z.iso.datetime(),
  assessments: z.array(assessmentRecordSchema),
  /** The answer log of the exported assessments; an assessment may have none. */
  answerLog: z.array(answerLogEntrySchema).optional(),
});

export type Backup = z.infer<typeof backupSchema>;

/** `seq` is one browser's order key: a backup leaves it out and the importing browser numbers the entries itself. */
export const withoutSeq = ({ seq: _seq, ...entry }: AnswerLogEntry): AnswerLogEntry => entry;
