import type { AnswerLogEntry } from './assessment-record';
import { backupTextFromPdf } from './backup-from-pdf';
import type { z } from 'zod';
import { backupFormat, backupFormatVersion, backupSchema, withoutSeq, type Backup } from './backup-format';
import { preview, quote } from '../engine/value-preview';
import {
  atMost,
  backupPhrase,
  backupProblem,
  englishOfBackup,
  formatPath,
  inRecord,
  maxProblems,
  problemOf,
  recordLabel,
  type BackupProblem,
} from './backup-problems';
import type { AssessmentDatabase } from './database';

/**
 * Importing a backup is three steps, so the user decides before anything is written:
 * readBackup (text → a validated backup, or every problem with its place), planImport (which ids already exist),
 * applyImport (writes all of it in one transaction, or nothing).
 */
export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

/** Far above any real backup (a thousand assessments with long logs stay under a few MB), far below a tab's memory. */
export const maxBackupBytes = 20 * 1024 * 1024;

const refuse = (problem: BackupProblem): ReadBackupResult => ({ ok: false, problems: [problem] });

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Reads a backup file's text. Never throws: every way it can be wrong becomes a problem that says where.
 * The size is checked before the text is parsed; the text is only ever JSON.parse'd and then validated by zod,
 * so nothing in it runs, and a `__proto__` key is refused rather than given a chance to reach a prototype.
 */
export function readBackup(text: string, fileSizeBytes: number): ReadBackupResult {
  try {
    return read(text, fileSizeBytes);
  } catch (error) {
    // A safety net only: read() handles every case it knows of.
    return refuse(
      backupProblem('unreadable', null, { reason: error instanceof Error ? error.message : String(error) }),
    );
  }
}

/** A backup file's bytes, or a report PDF that carries its assessment; a PDF without one is refused with that reason. */
export function readBackupBytes(bytes: Uint8Array): ReadBackupResult {
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // "%PDF"
  if (!isPdf) return readBackup(new TextDecoder().decode(bytes), bytes.length);
  const text = backupTextFromPdf(bytes);
  return text === null ? refuse(backupProblem('pdf-without-assessment', null, {})) : readBackup(text, text.length);
}

function read(text: string, fileSizeBytes: number): ReadBackupResult {
  // Every UTF-16 unit takes at least one byte, so the text's length bounds the size even if the caller's is wrong.
  const size = Math.max(Number.isFinite(fileSizeBytes) ? fileSizeBytes : 0, text.length);
  if (size > maxBackupBytes)
    return refuse(backupProblem('file-too-large', null, { size: megabytes(size), maximum: megabytes(maxBackupBytes) }));
  // Some editors save a byte order mark, which JSON.parse does not accept.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') return refuse(backupProblem('file-empty', null, {}));

  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return notJson(json, error);
  }
  if (!isObject(data)) return refuse(backupProblem('not-a-backup', null, { found: preview(data) }));

  const header = headerProblem(data);
  if (header) return { ok: false, problems: [header] };

  const structure = structureProblems(data);
  if (structure.length > 0) return { ok: false, problems: atMost(structure) };

  const parsed = readableBackupSchema.safeParse(data);
  if (parsed.success) return { ok: true, backup: parsed.data };
  return { ok: false, problems: atMost(parsed.error.issues.map((issue) => problemOf(issue, data))) };
}

/** What a file must be beyond the backup's shape to be imported: one record per id, every log entry its owner's. */
const uniqueIds = (assessments: readonly { id: string }[], context: z.core.$RefinementCtx) => {
  const firstIndex = new Map<string, number>();
  assessments.forEach(({ id }, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else {
      const phrase = backupPhrase('id-also-used', { id: quote(id, 40), first });
      context.addIssue({
        code: 'custom',
        path: ['assessments', index, 'id'],
        message: englishOfBackup(phrase),
        params: { phrase },
      });
    }
  });
};

const logBelongsToAssessments = (
  backup: { assessments: readonly { id: string }[]; answerLog?: readonly { assessmentId: string }[] | undefined },
  context: z.core.$RefinementCtx,
) => {
  const ids = new Set(backup.assessments.map(({ id }) => id));
  backup.answerLog?.forEach(({ assessmentId }, index) => {
    if (!ids.has(assessmentId)) {
      const phrase = backupPhrase('log-without-assessment', {});
      context.addIssue({
        code: 'custom',
        path: ['answerLog', index, 'assessmentId'],
        message: englishOfBackup(phrase),
        params: { phrase },
      });
    }
  });
};

const readableBackupSchema = backupSchema.superRefine((backup, context) => {
  uniqueIds(backup.assessments, context);
  logBelongsToAssessments(backup, context);
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON.parse says where it stopped ("at position 7"); the user gets the line and column. Its reason is the
 * browser's own English ("Unterminated string"), so it is left out: the place is what helps.
 */
function notJson(text: string, error: unknown): ReadBackupResult {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/at position (\d+)/.exec(message)?.[1] ?? text.length);
  const before = text.slice(0, position).split('\n');
  return refuse(backupProblem('not-json', null, { line: before.length, column: (before.at(-1) ?? '').length + 1 }));
}

/** The format and its version are checked first: for another kind of file, field-by-field problems say nothing useful. */
function headerProblem(data: Record<string, unknown>): BackupProblem | undefined {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(data, key);
  if (!has('format')) return backupProblem('format-missing', 'format', {});
  if (data.format !== backupFormat)
    return backupProblem('format-other', 'format', { found: preview(data.format), format: backupFormat });
  const version = data.formatVersion;
  const reads = backupFormatVersion;
  if (!has('formatVersion')) return backupProblem('version-missing', 'formatVersion', { reads });
  if (typeof version === 'number' && version > backupFormatVersion)
    return backupProblem('version-newer', 'formatVersion', { version, reads });
  if (version !== backupFormatVersion)
    return backupProblem('version-other', 'formatVersion', { found: preview(version), reads });
  return undefined;
}

/** Far deeper than a backup nests (answers are 4 levels down); IndexedDB's structured clone overflows on deep data. */
export const maxNesting = 100;

type Visit = { value: unknown; key: PropertyKey; parent: Visit | undefined; depth: number };

const pathOf = (visit: Visit): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
};

/**
 * Finds `__proto__` keys and nesting deeper than maxNesting, in document order. No recursion and no path copies:
 * a file nested a million levels deep must neither overflow the stack nor take quadratic time.
 */
function structureProblems(data: unknown): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const problem = (code: 'too-deep' | 'forbidden-key', visit: Visit) => {
    const path = pathOf(visit);
    const where = path.length > 12 ? `${formatPath(path.slice(0, 12))}…` : formatPath(path);
    const words =
      code === 'too-deep' ? backupPhrase('nested-deeper-than', { maximum: maxNesting }) : backupPhrase('proto-key', {});
    problems.push(backupProblem(code, where, { problem: inRecord(data, path, words) }));
  };
  const stack: Visit[] = [{ value: data, key: '', parent: undefined, depth: 0 }];
  while (stack.length > 0 && problems.length <= maxProblems) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxNesting) {
      problem('too-deep', visit);
      continue;
    }
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      const child = (value as Record<string, unknown>)[key];
      const next: Visit = { value: child, key: Array.isArray(value) ? index : key, parent: visit, depth: depth + 1 };
      if (key === '__proto__') problem('forbidden-key', next);
      else stack.push(next);
    }
  }
  return problems;
}

import { importDecisions, type ImportDecision } from './import-decisions';
export { importDecisions, type ImportDecision } from './import-decisions';

/** An assessment in the backup whose id is already stored: the user chooses what happens to it. */
export type ImportConflict = {
  id: string;
  existing: { title: string; updated: string };
  imported: { title: string; updated: string };
};

export type ImportPlan = { newIds: string[]; conflicts: ImportConflict[] };

/** Which assessments in the backup are new here and which ids are taken, with both titles and dates to choose by. */
export async function planImport(db: AssessmentDatabase, backup: Backup): Promise<ImportPlan> {
  const existing = await db.assessments.bulkGet(backup.assessments.map(({ id }) => id));
  const plan: ImportPlan = { newIds: [], conflicts: [] };
  backup.assessments.forEach((record, index) => {
    const stored = existing[index];
    if (stored === undefined) plan.newIds.push(record.id);
    else
      plan.conflicts.push({
        id: record.id,
        existing: { title: stored.title, updated: stored.updated },
        imported: { title: record.title, updated: record.updated },
      });
  });
  return plan;
}

/** What was done with each id of the backup; keptBoth names the new id each imported copy got. */
export type ImportDone = {
  ok: true;
  added: string[];
  replaced: string[];
  keptBoth: { id: string; newId: string }[];
  skipped: string[];
};

export type ImportResult = ImportDone | { ok: false; problems: BackupProblem[] };

/**
 * Writes the backup in one transaction: all of it or, on any failure, nothing. New ids are added; for an id that is
 * already stored the decision says what happens — keep-both stores the import under a new id (its log follows it),
 * replace overwrites the record and appends its log to the existing one, skip leaves the stored one as it is.
 * A taken id without a decision refuses the whole import. `skip` also leaves out a new id the user deselected.
 * Records are written with `add` unless replacing, so nothing is ever overwritten without a decision.
 */
export async function applyImport(
  db: AssessmentDatabase,
  backup: Backup,
  decisions: Readonly<Record<string, ImportDecision>>,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ImportResult> {
  // Only an own, known decision counts: not one inherited from Object.prototype, not a stray value from a form.
  const decisionFor = (id: string): ImportDecision | undefined => {
    const decision: unknown = Object.prototype.hasOwnProperty.call(decisions, id) ? decisions[id] : undefined;
    return importDecisions.find((known) => known === decision);
  };
  try {
    return await db.transaction('rw', db.assessments, db.answerLog, async (): Promise<ImportResult> => {
      // Read inside the transaction: what another tab wrote since planImport counts too.
      const stored = await db.assessments.bulkGet(backup.assessments.map(({ id }) => id));
      const undecided = backup.assessments.flatMap((record, index) =>
        stored[index] !== undefined && decisionFor(record.id) === undefined ? [index] : [],
      );
      if (undecided.length > 0)
        return {
          ok: false,
          problems: undecided.map((index) =>
            backupProblem('undecided-conflict', `assessments[${index}]`, {
              record: recordLabel(backup, ['assessments', index])!,
            }),
          ),
        };

      const result: ImportDone = { ok: true, added: [], replaced: [], keptBoth: [], skipped: [] };
      const target = new Map<string, string>();
      for (const [index, record] of backup.assessments.entries()) {
        const decision = decisionFor(record.id);
        if (decision === 'skip') {
          result.skipped.push(record.id);
        } else if (stored[index] === undefined) {
          await db.assessments.add(record);
          target.set(record.id, record.id);
          result.added.push(record.id);
        } else if (decision === 'replace') {
          await db.assessments.put(record);
          target.set(record.id, record.id);
          result.replaced.push(record.id);
        } else {
          const id = newId();
          await db.assessments.add({ ...record, id });
          target.set(record.id, id);
          result.keptBoth.push({ id: record.id, newId: id });
        }
      }
      const entries = (backup.answerLog ?? []).flatMap((entry): AnswerLogEntry[] => {
        const assessmentId = target.get(entry.assessmentId);
        return assessmentId === undefined ? [] : [{ ...withoutSeq(entry), assessmentId }];
      });
      await db.answerLog.bulkAdd(entries);
      return result;
    });
  } catch (error) {
    return { ok: false, problems: [databaseProblem(error)] };
  }
}

function databaseProblem(error: unknown): BackupProblem {
  const name = error instanceof Error ? error.name : '';
  // Dexie reports a full disk directly or as the inner error of the aborted transaction.
  const inner = error instanceof Error && 'inner' in error && error.inner instanceof Error ? error.inner.name : '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return backupProblem('storage-full', null, {});
  const message = error instanceof Error ? error.message : String(error);
  return backupProblem('storage-error', null, { reason: `${name ? `${name}: ` : ''}${quote(message, 200)}` });
}
