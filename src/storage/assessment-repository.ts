import { z } from 'zod';
import { answersSchema, type Answers } from '../engine/answer-schema';
import type { CompiledQuestionnaire } from '../engine/compile';
import { answerChanges } from './answer-changes';
import {
  answerLogEntrySchema,
  assessmentRecordSchema,
  assessmentStatuses,
  type AnswerLogEntry,
  type AssessmentRecord,
} from './assessment-record';
import type { AssessmentDatabase } from './database';
import { AssessmentNotFoundError, StorageInputError, storageErrorOf } from './storage-errors';

/**
 * Where a new assessment stands, given the answers it starts with. The machine (XState) loads only now, with the
 * first assessment created, so the start page that lists assessments does not carry it.
 */
async function startingProgress(compiled: CompiledQuestionnaire, answers: Answers) {
  const [{ createActor }, { resumeFrom }, { recordProgressOf }] = await Promise.all([
    import('xstate'),
    import('../engine/replay'),
    import('./record-progress'),
  ]);
  const actor = createActor(compiled.machine, { snapshot: resumeFrom(compiled, answers) });
  return recordProgressOf(compiled, actor.getSnapshot());
}

export type AssessmentStatus = (typeof assessmentStatuses)[number];

const shape = assessmentRecordSchema.shape;

/** What saving progress writes: the answers (the truth) and the cache derived from them. */
export const progressUpdateSchema = z.strictObject({
  /** The questionnaire version the answers now belong to; the id must stay the same. */
  questionnaire: z
    .strictObject({ id: shape.questionnaire.shape.id, version: shape.questionnaire.shape.version })
    .optional(),
  answers: shape.answers,
  path: shape.path,
  status: shape.status,
  outcome: shape.outcome,
  progress: shape.progress,
  fingerprints: shape.fingerprints,
});
export type ProgressUpdate = z.input<typeof progressUpdateSchema>;

export type NewAssessment = {
  compiled: CompiledQuestionnaire;
  title: string;
  /** Answers known beforehand (carried from another questionnaire): replayed as far as they go, logged as given. */
  answers?: Answers;
};

export type ListFilter = { questionnaireId?: string; status?: AssessmentStatus; search?: string };

/**
 * Whether a record passes a list filter; `search` is a case-insensitive part of the title. One rule for `list` and
 * for a screen that filters the records it already holds (as the user types, without reading them again).
 */
export function matchesFilter(filter: ListFilter): (record: AssessmentRecord) => boolean {
  const needle = filter.search?.trim().toLocaleLowerCase() ?? '';
  return (record) =>
    (filter.questionnaireId === undefined || record.questionnaire.id === filter.questionnaireId) &&
    (filter.status === undefined || record.status === filter.status) &&
    (needle === '' || record.title.toLocaleLowerCase().includes(needle));
}

/** Takes a removal back: puts the record and its whole answer log back as they were. */
export type Undo = () => Promise<void>;

export type AssessmentRepository = ReturnType<typeof createAssessmentRepository>;

export type RepositoryOptions = {
  /** The clock and id source, replaceable so tests can order records without waiting. */
  now?: () => Date;
  newId?: () => string;
};

const settingKeySchema = z.string().min(1).max(200);
const settingValueSchema = z.json();

/**
 * The typed handlers the UI calls; it never touches Dexie. Every write is validated with the record's zod schema
 * before anything is written and runs in one transaction, so bad input or a failed write changes nothing.
 * Quota errors reach the caller as StorageFullError (the `guarded` wrapper, not code in each handler).
 */
export function createAssessmentRepository(db: AssessmentDatabase, options: RepositoryOptions = {}) {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());

  const parse = <T>(schema: z.ZodType<T>, value: unknown, field = ''): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw StorageInputError.fromZod(parsed.error, field);
    return parsed.data;
  };
  const validRecord = (record: unknown): AssessmentRecord => parse(assessmentRecordSchema, record);
  const logEntries = (assessmentId: string, before: Answers, after: Answers, at: string): AnswerLogEntry[] =>
    answerChanges(before, after).map(({ question, value }) =>
      parse(answerLogEntrySchema, { assessmentId, question, value, at }),
    );
  const existing = async (id: string): Promise<AssessmentRecord> => {
    const record = await db.assessments.get(id);
    if (!record) throw new AssessmentNotFoundError(id);
    return record;
  };
  /** The log entries of one assessment, in the order they were written (equal index keys iterate by seq). */
  const logOf = (id: string) => db.answerLog.where('assessmentId').equals(id).toArray();

  /** A setting; given a schema, read through it, so a missing or no longer fitting value reads as undefined. */
  async function getSetting(key: string): Promise<unknown>;
  async function getSetting<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined>;
  async function getSetting(key: string, schema: z.ZodType = z.unknown()): Promise<unknown> {
    const setting = await db.settings.get(parse(settingKeySchema, key, 'key'));
    const parsed = schema.safeParse(setting?.value);
    return setting && parsed.success ? parsed.data : undefined;
  }

  return {
    create: guarded(async ({ compiled, title, answers = {} }: NewAssessment): Promise<AssessmentRecord> => {
      const validTitle = parse(shape.title, title, 'title');
      const given = parse(answersSchema, answers, 'answers');
      const at = now();
      const record = validRecord({
        ...(await startingProgress(compiled, given)),
        id: newId(),
        title: validTitle,
        created: at,
        updated: at,
      });
      const entries = logEntries(record.id, {}, record.answers, at);
      await db.transaction('rw', db.assessments, db.answerLog, async () => {
        await db.assessments.add(record);
        await db.answerLog.bulkAdd(entries);
      });
      return record;
    }),

    get: guarded(async (id: string): Promise<AssessmentRecord | undefined> => db.assessments.get(id)),

    /**
     * Newest first (by last change); `search` is a case-insensitive part of the title. Read whole, then filtered:
     * Dexie's own filter walks a cursor, record by record, which took longer for a thousand records (issue 7).
     */
    list: guarded(async (filter: ListFilter = {}): Promise<AssessmentRecord[]> =>
      (await db.assessments.orderBy('updated').reverse().toArray()).filter(matchesFilter(filter)),
    ),

    /**
     * The newest `limit` assessments and how many there are: a list's first page without reading every record. No
     * explicit transaction: inside a live query one left a later query of the same list hanging (fake-indexeddb).
     */
    newest: guarded(async (limit: number): Promise<{ records: AssessmentRecord[]; total: number }> => {
      const [records, total] = await Promise.all([
        db.assessments.orderBy('updated').reverse().limit(limit).toArray(),
        db.assessments.count(),
      ]);
      return { records, total };
    }),

    rename: guarded(async (id: string, title: string): Promise<AssessmentRecord> => {
      const validTitle = parse(shape.title, title, 'title');
      return db.transaction('rw', db.assessments, async () => {
        const record = validRecord({ ...(await existing(id)), title: validTitle, updated: now() });
        await db.assessments.put(record);
        return record;
      });
    }),

    /** A copy under a new id and the given title (the UI words it), with a copy of its answer history. */
    duplicate: guarded(async (id: string, title: string): Promise<AssessmentRecord> => {
      const validTitle = parse(shape.title, title, 'title');
      return db.transaction('rw', db.assessments, db.answerLog, async () => {
        const at = now();
        const copy = validRecord({ ...(await existing(id)), id: newId(), title: validTitle, created: at, updated: at });
        const history = (await logOf(id)).map(({ seq: _seq, ...entry }) => ({ ...entry, assessmentId: copy.id }));
        await db.assessments.add(copy);
        await db.answerLog.bulkAdd(history);
        return copy;
      });
    }),

    /** Removes the assessment and its log; the returned undo() restores both exactly. */
    remove: guarded(async (id: string): Promise<Undo> => {
      const { record, history } = await db.transaction('rw', db.assessments, db.answerLog, async () => {
        const removed = { record: await existing(id), history: await logOf(id) };
        await db.assessments.delete(id);
        await db.answerLog.where('assessmentId').equals(id).delete();
        return removed;
      });
      // The log goes back under its own seq numbers, so history and order are exactly as before.
      return guarded(() =>
        db.transaction('rw', db.assessments, db.answerLog, async () => {
          await db.assessments.put(record);
          await db.answerLog.bulkPut(history);
        }),
      );
    }),

    /** Writes the answers and their derived cache, and appends one log entry per answer added, changed or removed. */
    saveProgress: guarded(async (id: string, update: ProgressUpdate): Promise<AssessmentRecord> => {
      const valid = parse(progressUpdateSchema, update);
      return db.transaction('rw', db.assessments, db.answerLog, async () => {
        const before = await existing(id);
        if (valid.questionnaire && valid.questionnaire.id !== before.questionnaire.id) {
          throw new StorageInputError(
            'questionnaire.id',
            'questionnaire_mismatch',
            `the assessment belongs to "${before.questionnaire.id}", not "${valid.questionnaire.id}"`,
          );
        }
        const at = now();
        const record = validRecord({
          ...before,
          ...valid,
          questionnaire: { ...before.questionnaire, ...valid.questionnaire },
          updated: at,
        });
        const entries = logEntries(id, before.answers, record.answers, at);
        await db.assessments.put(record);
        await db.answerLog.bulkAdd(entries);
        return record;
      });
    }),

    /** Every answer change of an assessment, oldest first; entries are only ever appended. */
    history: guarded(async (id: string): Promise<AnswerLogEntry[]> => logOf(id)),

    getSetting,

    /** Deletes every assessment, the whole answer log and every setting in one transaction: all or nothing. */
    clearAll: guarded(async (): Promise<void> => {
      await db.transaction('rw', db.assessments, db.answerLog, db.settings, async () => {
        await Promise.all([db.assessments.clear(), db.answerLog.clear(), db.settings.clear()]);
      });
    }),

    /** Settings hold plain JSON values, so they survive a backup and a structured clone alike. */
    setSetting: guarded(async (key: string, value: unknown): Promise<void> => {
      const setting = { key: parse(settingKeySchema, key, 'key'), value: parse(settingValueSchema, value, 'value') };
      await db.settings.put(setting);
    }),
  };
}

/** Cross-cutting: every handler reports a full disk as StorageFullError, whichever layer raised it. */
function guarded<A extends unknown[], R>(handler: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      throw storageErrorOf(error);
    }
  };
}
