import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyImport, maxBackupBytes, readBackup } from '../../src/storage/backup-import';
import { bytes, dump, freshDatabase, logEntry, record, seed, text } from './backup-fixtures';

const backupWith = (fields: Record<string, unknown>) =>
  text({
    format: 'privacy-assessments-backup',
    formatVersion: 1,
    exported: '2026-11-22T08:00:00.000Z',
    assessments: [],
    ...fields,
  });

const read = (file: string) => readBackup(file, bytes(file));

/** What a reader of the English message sees: the kind, the place and the message (params are tested apart). */
const problemsOf = (file: string) => {
  const result = read(file);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.map(({ code, where, message }) => ({ code, where, message }));
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading a backup file refuses bad input with a message that says what and where', () => {
  it('a file over 20 MB is refused by its size before it is parsed', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const file = backupWith({});
    expect(readBackup(file, maxBackupBytes + 1)).toEqual({
      ok: false,
      problems: [
        {
          code: 'file-too-large',
          where: null,
          params: { size: '20.0', maximum: '20.0' },
          message: 'The file is 20.0 MB; a backup can be at most 20.0 MB. It was not read.',
        },
      ],
    });
    expect(readBackup(file, 64 * 1024 * 1024)).toMatchObject({
      problems: [{ message: expect.stringContaining('64.0 MB') }],
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('a text longer than the limit is refused even when the caller gives a smaller size', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(readBackup(' '.repeat(maxBackupBytes + 1), 10)).toMatchObject({
      ok: false,
      problems: [{ code: 'file-too-large' }],
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('a file of exactly 20 MB is still read', () => {
    const file = backupWith({});
    expect(readBackup(file, maxBackupBytes).ok).toBe(true);
  });

  it('an empty file is refused as empty', () => {
    expect(problemsOf('  \n')).toEqual([{ code: 'file-empty', where: null, message: 'The file is empty.' }]);
  });

  it('text that is not JSON is refused with the line and column where parsing stopped', () => {
    expect(read('{\n  "format": "privacy-assessments-backup",\n  oops\n}')).toEqual({
      ok: false,
      problems: [
        {
          code: 'not-json',
          where: null,
          params: { line: 3, column: 3 },
          message:
            'The file is not valid JSON (it stops at line 3, column 3); a backup is a JSON file exported by this app.',
        },
      ],
    });
  });

  it('JSON that stops half way is refused at its end', () => {
    const file = backupWith({}).slice(0, 60);
    expect(file.split('\n')).toHaveLength(3);
    expect(read(file)).toMatchObject({
      problems: [{ code: 'not-json', params: { line: 3, column: 60 - file.lastIndexOf('\n') } }],
    });
  });

  it.each([
    ['null', 'null'],
    ['[]', 'a list of 0'],
    ['"backup"', '"backup"'],
    ['42', '42'],
  ])('JSON that is not an object (%s) is refused as not a backup', (file, shown) => {
    expect(problemsOf(file)).toEqual([
      { code: 'not-a-backup', where: null, message: `The file holds ${shown}, not a backup of assessments.` },
    ]);
  });

  it('a JSON file of another kind is refused by its format, without a list of field problems', () => {
    expect(problemsOf(text({ format: 1, id: 'special-category-data', questions: [] }))).toEqual([
      {
        code: 'format-other',
        where: 'format',
        message: 'This is not a backup of this app: its format is 1, not "privacy-assessments-backup".',
      },
    ]);
    expect(problemsOf(text({ assessments: [] }))).toEqual([
      {
        code: 'format-missing',
        where: 'format',
        message: 'This is not a backup of this app: the field "format" is missing.',
      },
    ]);
  });

  it('a backup from a newer version of the app says which version it has, which this app reads, and what to do', () => {
    expect(problemsOf(backupWith({ formatVersion: 2 }))).toEqual([
      {
        code: 'version-newer',
        where: 'formatVersion',
        message:
          'The backup has format version 2; this app reads version 1. It was made by a newer version of the app: update the app to import it.',
      },
    ]);
  });

  it('a backup with another or no format version says which version it has and which this app reads', () => {
    expect(problemsOf(backupWith({ formatVersion: 0 }))).toEqual([
      {
        code: 'version-other',
        where: 'formatVersion',
        message: 'The backup has format version 0; this app reads version 1.',
      },
    ]);
    expect(problemsOf(backupWith({ formatVersion: '1' }))[0]!.message).toBe(
      'The backup has format version "1"; this app reads version 1.',
    );
    expect(problemsOf(backupWith({ formatVersion: undefined }))[0]!.message).toBe(
      'The backup does not say its format version; this app reads version 1.',
    );
  });

  it('a wrong answer is named by record index, title, id and field', () => {
    const file = backupWith({
      assessments: [
        record('a-1'),
        record('a-2'),
        record('a-3'),
        record('a-4', { title: 'Teams-foto’s', answers: { consent: true } as never }),
      ],
    });
    expect(problemsOf(file)).toEqual([
      {
        code: 'invalid-field',
        where: 'assessments[3].answers.consent',
        message: 'Assessment "Teams-foto’s" (id "a-4"): expected text, a number or a list, found true',
      },
    ]);
  });

  it('every wrong field of every record is listed, each with its place', () => {
    const file = backupWith({
      assessments: [
        record('a-1', { status: 'done' as never, updated: 'yesterday' }),
        { id: 'a-2', title: 'Half a record' },
        record('a-3', { answers: { 'data-kinds': ['health', 3] } as never, progress: { step: -1, maxSteps: 1.5 } }),
      ],
    });
    const problems = problemsOf(file);
    expect(problems).toContainEqual({
      code: 'invalid-field',
      where: 'assessments[0].status',
      message: 'Assessment "Assessment a-1" (id "a-1"): expected "in-progress" or "complete", found "done"',
    });
    expect(problems).toContainEqual({
      code: 'invalid-field',
      where: 'assessments[0].updated',
      message:
        'Assessment "Assessment a-1" (id "a-1"): expected a date and time such as 2026-11-22T09:30:00.000Z, found "yesterday"',
    });
    expect(problems).toContainEqual({
      code: 'invalid-field',
      where: 'assessments[1].questionnaire',
      message: 'Assessment "Half a record" (id "a-2"): is missing (expected an object)',
    });
    expect(problems).toContainEqual({
      code: 'invalid-field',
      where: 'assessments[2].answers.data-kinds[1]',
      message: 'Assessment "Assessment a-3" (id "a-3"): expected text, found 3',
    });
    expect(problems).toContainEqual({
      code: 'invalid-field',
      where: 'assessments[2].progress.step',
      message: 'Assessment "Assessment a-3" (id "a-3"): must be at least 0, found -1',
    });
    expect(problems).toContainEqual({
      code: 'invalid-field',
      where: 'assessments[2].progress.maxSteps',
      message: 'Assessment "Assessment a-3" (id "a-3"): expected a whole number, found 1.5',
    });
    expect(problems.every(({ message }) => message.length > 0)).toBe(true);
  });

  it('a record without a usable title or id is still named by its index', () => {
    expect(problemsOf(backupWith({ assessments: [7] }))).toEqual([
      { code: 'invalid-field', where: 'assessments[0]', message: 'Assessment: expected an object, found 7' },
    ]);
  });

  it('a wrong log entry is named by its index and the assessment it belongs to', () => {
    const file = backupWith({
      assessments: [record('a-1', { title: 'Verzuim' })],
      answerLog: [logEntry('a-1', 'purpose', 'x'), { ...logEntry('a-1', 'purpose', 'x'), value: { nested: 1 } }],
    });
    expect(problemsOf(file)).toEqual([
      {
        code: 'invalid-field',
        where: 'answerLog[1].value',
        message:
          'Log entry of assessment "Verzuim" (id "a-1"): expected text, a number, a list or null, found an object',
      },
    ]);
  });

  it('a field at the top that a backup does not have is refused by name', () => {
    expect(problemsOf(backupWith({ settings: [] }))).toEqual([
      {
        code: 'invalid-field',
        where: null,
        message:
          'Unknown field "settings"; a backup holds only format, formatVersion, exported, assessments and answerLog',
      },
    ]);
  });

  it('two assessments with the same id are refused, naming both', () => {
    const file = backupWith({ assessments: [record('a-1'), record('a-2'), record('a-1', { title: 'Copy' })] });
    expect(problemsOf(file)).toEqual([
      {
        code: 'invalid-field',
        where: 'assessments[2].id',
        message: 'Assessment "Copy" (id "a-1"): the id "a-1" is also used by assessments[0]',
      },
    ]);
  });

  it('a log entry of an assessment that is not in the file is refused', () => {
    const file = backupWith({
      assessments: [record('a-1')],
      answerLog: [logEntry('a-1', 'q', 'x'), logEntry('gone', 'q', 'x')],
    });
    expect(problemsOf(file)).toEqual([
      {
        code: 'invalid-field',
        where: 'answerLog[1].assessmentId',
        message: 'Log entry of assessment (id "gone"): no assessment with this id is in the file',
      },
    ]);
  });

  it('a file with very many problems lists the first ones and says how many more there are', () => {
    const file = backupWith({
      assessments: Array.from({ length: 200 }, (_, index) => record(`a-${index}`, { status: 'x' as never })),
    });
    const problems = problemsOf(file);
    expect(problems).toHaveLength(50);
    expect(problems.at(-1)).toEqual({ code: 'more-problems', where: null, message: 'And 151 more problems' });
  });

  it('a file nested more than 100 levels deep is refused at the first place too deep, and never overflows the stack', () => {
    const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const file = (depth: number) =>
      backupWith({ assessments: [record('a-1')] }).replace('"answers"', `"extra": ${deep(depth)}, "answers"`);
    expect(read(file(95)).ok).toBe(true);
    expect(problemsOf(file(200_000))).toEqual([
      {
        code: 'too-deep',
        where: 'assessments[0].extra[0][0][0][0][0][0][0][0][0]…',
        message: 'Assessment "Assessment a-1" (id "a-1"): is nested more than 100 levels deep',
      },
    ]);
  });

  it('characters that reorder or hide text are shown escaped in messages, so a message reads as it is', () => {
    const file = backupWith({ assessments: [record('a-1', { title: 'Teams\u202Egpj.exe', status: 'x' as never })] });
    expect(problemsOf(file)[0]!.message).toBe(
      'Assessment "Teams\\u202Egpj.exe" (id "a-1"): expected "in-progress" or "complete", found "x"',
    );
  });
});

describe('hostile content in a backup is inert', () => {
  afterEach(() => {
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
  });

  it('a "__proto__" key anywhere is refused by name and pollutes no prototype', () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    const file =
      '{"format":"privacy-assessments-backup","formatVersion":1,"exported":"2026-11-22T08:00:00.000Z",' +
      `"assessments":[${JSON.stringify(record('a-1')).replace('"answers":{', '"answers":{"__proto__":{"polluted":1},')}],` +
      '"__proto__":{"polluted":true}}';
    expect(problemsOf(file)).toEqual([
      {
        code: 'forbidden-key',
        where: '__proto__',
        message: 'A field named "__proto__" is not allowed: it could change how the app\'s objects behave',
      },
      {
        code: 'forbidden-key',
        where: 'assessments[0].answers.__proto__',
        message:
          'Assessment "Assessment a-1" (id "a-1"): a field named "__proto__" is not allowed: it could change how the app\'s objects behave',
      },
    ]);
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
  });

  it('"constructor" and "prototype" keys are kept as plain data and stored as such', async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    const file = backupWith({
      assessments: [
        {
          ...record('a-1'),
          constructor: { prototype: { polluted: true } },
          prototype: { polluted: true },
          answers: { constructor: 'yes', prototype: 2 },
        },
      ],
    });
    const result = read(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = freshDatabase();
    await applyImport(db, result.backup, {});
    const stored = await db.assessments.get('a-1');
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(stored).toMatchObject({
      constructor: { prototype: { polluted: true } },
      prototype: { polluted: true },
      answers: { constructor: 'yes', prototype: 2 },
    });
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
    await db.delete();
  });

  it('strings with markup, direction overrides and emoji are kept exactly, as plain data', async () => {
    const hostile = {
      title: '<script>alert("x")</script> \u202Eevil 👩‍👩‍👧',
      answers: { notes: '<img src=x onerror=alert(1)>'.repeat(400), purpose: '"; DROP TABLE assessments; --' },
    };
    const result = read(backupWith({ assessments: [record('a-1', hostile)] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = freshDatabase();
    await applyImport(db, result.backup, {});
    expect(await db.assessments.get('a-1')).toMatchObject(hostile);
    await db.delete();
  });

  it('a refused file leaves the database exactly as it was', async () => {
    const db = freshDatabase();
    await seed(db, [record('a-1')], [logEntry('a-1', 'q', 'x')]);
    await db.settings.put({ key: 'language', value: 'nl' });
    const before = await dump(db);
    expect(read(backupWith({ assessments: [record('a-2', { status: 'x' as never })] })).ok).toBe(false);
    expect(await dump(db)).toBe(before);
    await db.delete();
  });
});
