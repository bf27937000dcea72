import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { join } from 'node:path';
import { loadQuestionnaireFile, questionnairesDir } from '../../src/cli/questionnaire-files';
import { compile, type CompiledQuestionnaire } from '../../src/engine/compile';
import type { Questionnaire } from '../../src/engine/questionnaire-schema';
import { createAssessmentRepository } from '../../src/storage/assessment-repository';
import { AssessmentDatabase } from '../../src/storage/database';

/** Dexie on fake-indexeddb, under a name of its own so tests never share a database. */
export const dexieOptions = { indexedDB, IDBKeyRange };
export const freshDatabase = () => new AssessmentDatabase(`test-${crypto.randomUUID()}`, dexieOptions);

/** A clock that moves one second per reading, so records sort by `updated` without waiting. */
export function tickingClock(start = '2025-03-01T09:00:00.000Z') {
  let time = Date.parse(start);
  return () => new Date((time += 1000));
}

export function freshRepository() {
  const db = freshDatabase();
  return { db, repository: createAssessmentRepository(db, { now: tickingClock() }) };
}

export function photoQuestionnaire(): Questionnaire {
  const parsed = loadQuestionnaireFile(join(questionnairesDir, 'photo-purpose-test.yaml'));
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  return parsed.value;
}

export const photoTest = (): CompiledQuestionnaire => compile(photoQuestionnaire());

/** A route through the photo test to "ordinary personal data", question by question. */
export const ordinaryRoute = [
  ['description', 'Teamfoto voor intranet'],
  ['recognisable', 'yes'],
  ['household-use', 'no'],
  ['face-recognition', 'no'],
  ['image-context', 'other'],
  ['aimed-at-special', 'no'],
  ['foreseeable-distinction', 'no'],
  ['unavoidable', 'yes'],
] as const;
