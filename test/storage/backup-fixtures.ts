import { afterEach } from 'vitest';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { AnswerLogEntry, AssessmentRecord } from '../../src/storage/assessment-record';
import { AssessmentDatabase } from '../../src/storage/database';

let databases = 0;

/** A fresh database per test, on fake-indexeddb: real Dexie, no shared state between tests. */
export const freshDatabase = () =>
  new AssessmentDatabase(`backup-test-${++databases}-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });

/** Fresh databases for a test file, each deleted after its test. */
export function databasesDeletedAfterEach(): () => AssessmentDatabase {
  const opened: AssessmentDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.delete()));
  });
  return () => {
    const db = freshDatabase();
    opened.push(db);
    return db;
  };
}

export const record = (id: string, overrides: Partial<AssessmentRecord> = {}): AssessmentRecord => ({
  id,
  title: `Assessment ${id}`,
  questionnaire: { id: 'special-category-data', version: '1.2.0' },
  answers: { purpose: 'teams-photos', 'data-kinds': ['health', 'religion'], employees: 40 },
  path: ['purpose', 'data-kinds', 'employees'],
  status: 'in-progress',
  outcome: null,
  progress: { step: 3, maxSteps: 9 },
  fingerprints: { purpose: 'f1', 'data-kinds': 'f2', employees: 'f3' },
  created: '2026-11-01T09:00:00.000Z',
  updated: '2026-11-20T16:45:00.000Z',
  ...overrides,
});

export const logEntry = (assessmentId: string, question: string, value: AnswerLogEntry['value'], minute = 0) => ({
  assessmentId,
  question,
  value,
  at: `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`,
});

/** Stores records and log entries as the app would: records by id, log appended in the order given. */
export async function seed(db: AssessmentDatabase, records: AssessmentRecord[], log: AnswerLogEntry[] = []) {
  await db.transaction('rw', db.assessments, db.answerLog, async () => {
    await db.assessments.bulkAdd(records);
    await db.answerLog.bulkAdd(log);
  });
}

/** JSON with keys sorted at every level: two states are the same iff their dumps are the same string. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Everything in all three tables, in key order, as one string. */
export async function dump(db: AssessmentDatabase): Promise<string> {
  return db.transaction('r', db.assessments, db.answerLog, db.settings, async () =>
    canonicalJson({
      assessments: await db.assessments.toArray(),
      answerLog: await db.answerLog.toArray(),
      settings: await db.settings.toArray(),
    }),
  );
}

export const text = (value: unknown) => JSON.stringify(value, null, 2);
export const bytes = (value: string) => new TextEncoder().encode(value).length;
