import type { z } from 'zod';

/** The kind of problem, for the UI to show its own translated heading; `message` gives the detail in English. */
export type BackupProblemCode =
  | 'file-too-large'
  | 'file-empty'
  | 'not-json'
  | 'not-a-backup'
  | 'unsupported-version'
  | 'forbidden-key'
  | 'too-deep'
  | 'invalid-field'
  | 'more-problems'
  | 'unreadable'
  | 'undecided-conflict'
  | 'storage-full'
  | 'storage-error';

/** What is wrong with a backup file and where: `assessments[3].answers.consent`, or `file`, or `line 2, column 7`. */
export type BackupProblem = { code: BackupProblemCode; where: string; message: string };

type Path = readonly PropertyKey[];

// Bidirectional overrides, zero-width and separator characters could make a message read differently than it is.
const invisible = /[\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** A value from the file, quoted and escaped, cut to a readable length: it is shown, never interpreted. */
export function quote(text: string, maxLength = 60): string {
  const codePoints = Array.from(text.length > maxLength * 2 ? text.slice(0, maxLength * 2) : text);
  const shown = codePoints.length > maxLength ? codePoints.slice(0, maxLength).join('') + '…' : codePoints.join('');
  return JSON.stringify(shown).replace(
    invisible,
    (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** What a value is, in a few words: `"Teams"`, `42`, `a list of 3`, `an object`, `nothing`. */
export function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length > 60 ? `a text of ${value.length} characters` : quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'an object';
}

const own = (value: unknown, key: PropertyKey): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);

/** The value at a path in the parsed file, or undefined; reads own properties only. */
export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (!own(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** `assessments[3].answers.consent`; a key that is not a plain name is quoted: `answers["a b"]`. */
export function formatPath(path: Path): string {
  if (path.length === 0) return 'file';
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

const named = (title: string | undefined, id: string | undefined) =>
  [title?.trim() ? ` ${quote(title)}` : '', id === undefined ? '' : ` (id ${quote(id, 40)})`].join('');

/** Which record a path is in, by its title and id where the file has them: `Assessment "Teams" (id "a-3")`. */
export function recordLabel(data: unknown, path: Path): string | undefined {
  const [list, index] = path;
  if (typeof index !== 'number') return undefined;
  if (list === 'assessments') {
    return `Assessment${named(stringAt(data, ['assessments', index, 'title']), stringAt(data, ['assessments', index, 'id']))}`;
  }
  if (list === 'answerLog') {
    const assessmentId = stringAt(data, ['answerLog', index, 'assessmentId']);
    const assessments = valueAt(data, ['assessments']);
    const owner = Array.isArray(assessments)
      ? assessments.find((record: unknown) => assessmentId !== undefined && valueAt(record, ['id']) === assessmentId)
      : undefined;
    return assessmentId === undefined
      ? 'Log entry'
      : `Log entry of assessment${named(stringAt(owner, ['title']), assessmentId)}`;
  }
  return undefined;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};
const typeName = (expected: string) => typeNames[expected] ?? expected;
const oneOf = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? 'something else') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

const formatNames: Record<string, string> = {
  datetime: 'a date and time such as 2026-11-22T09:30:00.000Z',
  date: 'a date such as 2026-11-22',
};

/** A zod issue in plain words; `found` is the value at the issue's path in the file. */
function describe(issue: z.core.$ZodIssue, data: unknown): { path: Path; text: string } {
  const path = issue.path;
  const found = valueAt(data, path);
  switch (issue.code) {
    case 'invalid_type':
      return {
        path,
        text:
          found === undefined
            ? `is missing (expected ${typeName(issue.expected)})`
            : `expected ${typeName(issue.expected)}, found ${preview(found)}`,
      };
    case 'invalid_union': {
      // When the value's type matched one alternative, what is wrong inside it is the useful message.
      const inside = issue.errors.find((errors) => errors.length > 0 && errors.every((sub) => sub.path.length > 0));
      if (inside?.[0]) return describe({ ...inside[0], path: [...path, ...inside[0].path] }, data);
      const expected = issue.errors.flatMap((errors) =>
        errors.flatMap((sub) => (sub.code === 'invalid_type' ? [typeName(sub.expected)] : [])),
      );
      return { path, text: `expected ${oneOf([...new Set(expected)])}, found ${preview(found)}` };
    }
    case 'invalid_value': {
      const expected = oneOf(issue.values.map((value) => (typeof value === 'string' ? quote(value) : String(value))));
      return {
        path,
        text:
          found === undefined ? `is missing (expected ${expected})` : `expected ${expected}, found ${preview(found)}`,
      };
    }
    case 'invalid_format': {
      const expected = formatNames[issue.format];
      if (expected) return { path, text: `expected ${expected}, found ${preview(found)}` };
      // A message written for the schema (kebab-case ids) says more than zod's default "Invalid string".
      if (!issue.message.startsWith('Invalid')) return { path, text: `${preview(found)} ${issue.message}` };
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? ` ${issue.pattern}` : '';
      return { path, text: `${preview(found)} does not have the expected form${pattern}` };
    }
    case 'too_small':
      if (issue.origin === 'string') return { path, text: 'is empty' };
      if (issue.origin === 'array') return { path, text: `needs at least ${issue.minimum} item(s)` };
      return { path, text: `must be at least ${issue.minimum}, found ${preview(found)}` };
    case 'too_big':
      if (issue.origin === 'string' && typeof found === 'string')
        return { path, text: `is ${found.length} characters long; at most ${issue.maximum} are allowed` };
      if (issue.origin === 'array') return { path, text: `has more than ${issue.maximum} items` };
      return { path, text: `must be at most ${issue.maximum}, found ${preview(found)}` };
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).map((key) => quote(key, 40));
      const list = `${keys.join(', ')}${issue.keys.length > 5 ? ', …' : ''}`;
      // Only the top level is strict: the records keep fields they do not know.
      const holds =
        path.length === 0 ? '; a backup holds only format, formatVersion, exported, assessments and answerLog' : '';
      return { path, text: `unknown field${issue.keys.length > 1 ? 's' : ''} ${list}${holds}` };
    }
    default:
      return { path, text: issue.message };
  }
}

/** Every problem names where it is, which record it is in (index, title, id) and what is wrong. */
export function problemOf(issue: z.core.$ZodIssue, data: unknown): BackupProblem {
  const { path, text } = describe(issue, data);
  const record = recordLabel(data, path);
  return {
    code: 'invalid-field',
    where: formatPath(path),
    message: record === undefined ? capitalise(text) : `${record}: ${text}`,
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A file with thousands of problems shows the first ones and how many more there are. */
export const maxProblems = 50;

export function atMost(problems: BackupProblem[]): BackupProblem[] {
  if (problems.length <= maxProblems) return problems;
  return [
    ...problems.slice(0, maxProblems - 1),
    { code: 'more-problems', where: 'file', message: `And ${problems.length - maxProblems + 1} more problems.` },
  ];
}
