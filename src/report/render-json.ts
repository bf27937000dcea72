import type { Answers } from '../engine/answer-schema';
import type { CompiledQuestionnaire } from '../engine/compile';
import { replay } from '../engine/replay';
import { backupFormat, backupFormatVersion, backupSchema, type Backup } from '../storage/backup-format';
import { recordProgressOf } from '../storage/record-progress';
import type { ReportMeta } from './report-model';

/**
 * The JSON rendering is the backup format of one assessment (public/schema/backup.schema.json): the answers are
 * what a report rests on, and the app restores them from this file, so nothing is lost by choosing JSON.
 */
export function renderJson(
  compiled: CompiledQuestionnaire,
  answers: Answers,
  meta: ReportMeta,
  id: string,
  now: Date,
): Backup {
  const at = now.toISOString();
  return backupSchema.parse({
    format: backupFormat,
    formatVersion: backupFormatVersion,
    exported: at,
    assessments: [
      {
        id,
        title: meta.title,
        ...recordProgressOf(compiled, replay(compiled, answers).snapshot),
        created: at,
        updated: at,
      },
    ],
    answerLog: [],
  });
}
