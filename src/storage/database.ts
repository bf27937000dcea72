import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { AnswerLogEntry, AssessmentRecord, Setting } from './assessment-record';

/**
 * What is stored where, and why. Everything stays in this browser's IndexedDB; nothing is sent anywhere.
 * - assessments: one record per assessment (questionnaire id + version, answers, a cache of progress), so the list
 *   and the wizard can resume without anything else;
 * - answerLog: every answer change, appended, so an assessment's history can be shown and old answers are never lost;
 * - settings: small key/value preferences (language, last opened assessment).
 * Each schema change is a new `version()` with an `upgrade()`, tested against a fixture of every released version.
 */
export const databaseName = 'privacy-assessments';

export class AssessmentDatabase extends Dexie {
  assessments!: Table<AssessmentRecord, string>;
  answerLog!: Table<AnswerLogEntry, number>;
  settings!: Table<Setting, string>;

  constructor(name: string = databaseName, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      assessments: 'id, questionnaire.id, status, updated',
      answerLog: '++seq, assessmentId, at',
      settings: 'key',
    });
  }
}
