import type { z } from 'zod';
import { fillPhrase, type ParamsFor, type Phrase, type PhraseParams } from '../engine/phrase';
import { problemMessages } from '../engine/problem-messages';
import { quote, valueAt } from '../engine/value-preview';
import { zodIssuePhrase } from '../engine/zod-issue-phrase';
import {
  backupPartMessages,
  backupProblemMessages,
  type BackupMessageCode,
  type BackupProblemCode,
} from './backup-problem-messages';

export type { BackupProblemCode } from './backup-problem-messages';

/**
 * What is wrong with a backup file and where: `assessments[3].answers.consent`, `format`, or null for the file as a
 * whole. The code and its values are what the app words in nl and en; `message` says the same in English.
 */
export type BackupProblem = { code: BackupProblemCode; where: string | null; params: PhraseParams; message: string };

type Path = readonly PropertyKey[];

/** Both catalogues, since a backup problem can hold a phrase of the engine (a zod issue, a value). */
const templates = { ...problemMessages, ...backupProblemMessages, ...backupPartMessages };
type Templates = typeof backupProblemMessages & typeof backupPartMessages;

/** A phrase of the backup catalogue, typed so it names exactly the values its template fills in. */
export const backupPhrase = <Code extends BackupMessageCode>(
  code: Code,
  params: ParamsFor<Templates[Code]>,
): Phrase => ({
  code,
  params,
});

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const englishOfBackup = (words: Phrase) => capitalise(fillPhrase(templates, words));

export function backupProblem<Code extends keyof typeof backupProblemMessages>(
  code: Code,
  where: string | null,
  params: ParamsFor<(typeof backupProblemMessages)[Code]>,
): BackupProblem {
  return { code, where, params, message: englishOfBackup({ code, params }) };
}

/** `assessments[3].answers.consent`; a key that is not a plain name is quoted: `answers["a b"]`; null for the file. */
export function formatPath(path: Path): string | null {
  if (path.length === 0) return null;
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$-]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${quote(name)}]`;
    })
    .join('');
}

const stringAt = (data: unknown, path: Path): string | undefined => {
  const value = valueAt(data, path);
  return typeof value === 'string' ? value : undefined;
};

const titled = (title: string | undefined) => (title?.trim() ? quote(title) : undefined);

function assessmentLabel(title: string | undefined, id: string | undefined): Phrase {
  const shownTitle = titled(title);
  const shownId = id === undefined ? undefined : quote(id, 40);
  if (shownTitle !== undefined && shownId !== undefined)
    return backupPhrase('assessment-titled-with-id', { title: shownTitle, id: shownId });
  if (shownTitle !== undefined) return backupPhrase('assessment-titled', { title: shownTitle });
  if (shownId !== undefined) return backupPhrase('assessment-with-id', { id: shownId });
  return backupPhrase('assessment', {});
}

/** Which record a path is in, by its title and id where the file has them: `Assessment "Teams" (id "a-3")`. */
export function recordLabel(data: unknown, path: Path): Phrase | undefined {
  const [list, index] = path;
  if (typeof index !== 'number') return undefined;
  if (list === 'assessments')
    return assessmentLabel(
      stringAt(data, ['assessments', index, 'title']),
      stringAt(data, ['assessments', index, 'id']),
    );
  if (list === 'answerLog') {
    const assessmentId = stringAt(data, ['answerLog', index, 'assessmentId']);
    if (assessmentId === undefined) return backupPhrase('log-entry', {});
    const assessments = valueAt(data, ['assessments']);
    const owner = Array.isArray(assessments)
      ? assessments.find((record: unknown) => valueAt(record, ['id']) === assessmentId)
      : undefined;
    const title = titled(stringAt(owner, ['title']));
    const id = quote(assessmentId, 40);
    return title === undefined
      ? backupPhrase('log-entry-of', { id })
      : backupPhrase('log-entry-of-titled', { title, id });
  }
  return undefined;
}

/** A problem's words, prefixed by the record it is in where the path is inside one. */
export const inRecord = (data: unknown, path: Path, problem: Phrase): Phrase => {
  const record = recordLabel(data, path);
  return record ? backupPhrase('in-record', { record, problem }) : problem;
};

const isPhrase = (value: unknown): value is Phrase =>
  typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string' && 'params' in value;

/** A zod issue in plain words: the backup's own refinements carry their phrase, the rest is worded as any schema's. */
function describe(issue: z.core.$ZodIssue, data: unknown): { path: Path; words: Phrase } {
  if (issue.code === 'custom' && isPhrase(issue.params?.phrase))
    return { path: issue.path, words: issue.params.phrase };
  const { path, words } = zodIssuePhrase(issue, data);
  // Only the top level is strict: the records keep fields they do not know.
  if (issue.code === 'unrecognized_keys' && path.length === 0)
    return { path, words: backupPhrase('unknown-backup-fields', { problem: words }) };
  return { path, words };
}

/** Every problem names where it is, which record it is in (index, title, id) and what is wrong. */
export function problemOf(issue: z.core.$ZodIssue, data: unknown): BackupProblem {
  const { path, words } = describe(issue, data);
  return backupProblem('invalid-field', formatPath(path), { problem: inRecord(data, path, words) });
}

/** A file with thousands of problems shows the first ones and how many more there are. */
export const maxProblems = 50;

export function atMost(problems: BackupProblem[]): BackupProblem[] {
  if (problems.length <= maxProblems) return problems;
  const words = { code: 'more-problems', params: { number: problems.length - maxProblems + 1 } };
  return [
    ...problems.slice(0, maxProblems - 1),
    { code: 'more-problems', where: null, params: words.params, message: englishOfBackup(words) },
  ];
}
