import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerLogEntry } from '../../src/storage/assessment-record';
import { applyImport, maxBackupBytes, planImport, readBackup } from '../../src/storage/backup-import';
import type { AssessmentDatabase } from '../../src/storage/database';
import { bytes, dump, freshDatabase, logEntry, record } from './backup-fixtures';

/**
 * Whatever a file holds, reading it never throws; it is refused with messages and the database is untouched,
 * or it is a valid backup that imports (keep both for every taken id) exactly as read.
 * fast-check prints the seed and the shrunk counterexample when a property fails.
 */
const runs = {
  malformedJson: 3000,
  truncated: 2000,
  wronglyTyped: 2500,
  oversized: 300,
  hostileStrings: 1700,
  prototypeKeys: 1000,
};
const testTimeout = 60_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// What the shared database holds before every case: a-1 is also in the backups, so every import meets a conflict.
const baselineRecords = [record('a-1'), record('b-1', { title: 'Alleen hier' })];
const baselineLog: AnswerLogEntry[] = [
  { ...logEntry('a-1', 'purpose', 'here', 1), seq: 1 },
  { ...logEntry('b-1', 'purpose', 'here', 2), seq: 2 },
];

const base = (): { [key: string]: Json } =>
  JSON.parse(
    JSON.stringify({
      format: 'privacy-assessments-backup',
      formatVersion: 1,
      exported: '2026-11-22T08:00:00.000Z',
      assessments: [
        record('a-1', { title: 'Teams-foto’s', status: 'complete', outcome: { id: 'special', level: 'high' } }),
        record('n-1', { answers: { notes: 'vrije tekst', employees: 12 } }),
        record('n-2', { answers: {}, path: [] }),
      ],
      answerLog: [
        logEntry('a-1', 'purpose', 'teams-photos', 1),
        logEntry('n-1', 'data-kinds', ['health'], 2),
        logEntry('n-1', 'employees', null, 3),
      ],
    }),
  );
const baseText = JSON.stringify(base(), null, 2);

let db: AssessmentDatabase;
let prototypeNames: string[];

async function restoreBaseline() {
  await db.transaction('rw', db.assessments, db.answerLog, db.settings, async () => {
    await Promise.all([db.assessments.clear(), db.answerLog.clear(), db.settings.clear()]);
    await db.assessments.bulkAdd(baselineRecords);
    await db.answerLog.bulkAdd(baselineLog);
    await db.settings.put({ key: 'language', value: 'nl' });
  });
}

beforeAll(async () => {
  prototypeNames = [Object, Array, String, Function].flatMap(({ prototype }) => Object.getOwnPropertyNames(prototype));
  db = freshDatabase();
  await restoreBaseline();
});
afterAll(async () => {
  await db.delete();
});

/** The property every case must have, whatever the file. */
async function importsOrChangesNothing(file: string, size = bytes(file)) {
  const before = await dump(db);
  const read = readBackup(file, size);
  expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
  expect([Object, Array, String, Function].flatMap(({ prototype }) => Object.getOwnPropertyNames(prototype))).toEqual(
    prototypeNames,
  );

  if (!read.ok) {
    expect(read.problems.length).toBeGreaterThan(0);
    for (const problem of read.problems) {
      expect(problem.message.trim()).not.toBe('');
      expect(problem.where?.trim()).not.toBe('');
      if (problem.code === 'not-json')
        expect(problem.params).toEqual({ line: expect.any(Number), column: expect.any(Number) });
    }
    expect(await dump(db)).toBe(before);
    return read;
  }

  const { backup } = read;
  const plan = await planImport(db, backup);
  const decisions = Object.fromEntries(plan.conflicts.map(({ id }) => [id, 'keep-both' as const]));
  const logBefore = await db.answerLog.count();
  const applied = await applyImport(db, backup, decisions);
  if (!applied.ok) throw new Error(`a valid backup did not import: ${JSON.stringify(applied.problems)}`);
  const storedAs = new Map([
    ...applied.added.map((id) => [id, id] as const),
    ...applied.keptBoth.map(({ id, newId }) => [id, newId] as const),
  ]);
  expect(storedAs.size).toBe(backup.assessments.length);
  for (const imported of backup.assessments) {
    const id = storedAs.get(imported.id)!;
    expect(await db.assessments.get(id)).toEqual({ ...imported, id });
  }
  expect(await db.answerLog.count()).toBe(logBefore + (backup.answerLog?.length ?? 0));
  await restoreBaseline();
  return read;
}

// ── arbitraries ─────────────────────────────────────────────────────────────────────────────────────────────

/** Every place in a JSON tree: the parent object or array and the key of the value there. */
function places(tree: Json): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
  const found: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const walk = (value: Json) => {
    if (Array.isArray(value))
      value.forEach((child, index) => {
        found.push({ parent: value, key: index });
        walk(child);
      });
    else if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        found.push({ parent: value, key });
        walk(child);
      }
  };
  walk(tree);
  return found;
}

const objectsIn = (tree: Json) => [
  tree as { [key: string]: Json },
  ...places(tree)
    .map(({ parent, key }) => (parent as Record<string | number, Json>)[key]!)
    .filter(
      (value): value is { [key: string]: Json } => value !== null && typeof value === 'object' && !Array.isArray(value),
    ),
];

// Defined, not assigned: `object['__proto__'] = …` would set the prototype instead of writing a key to the file.
const setOwn = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

const anyJson = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

const malformedJson = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc
    .array(
      fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        'null',
        'tru',
        '1e999',
        '-',
        '0x1',
        "'a'",
        '"format"',
        '"privacy-assessments-backup"',
        '\\u00',
        '/*',
        ' ',
      ),
      { maxLength: 60 },
    )
    .map((tokens) => tokens.join('')),
  // A valid backup with one character inserted, deleted or replaced somewhere.
  fc
    .tuple(
      fc.nat(baseText.length),
      fc.constantFrom('insert', 'delete', 'replace'),
      fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    )
    .map(([at, how, character]) =>
      how === 'insert'
        ? baseText.slice(0, at) + character + baseText.slice(at)
        : baseText.slice(0, at) + (how === 'replace' ? character : '') + baseText.slice(at + 1),
    ),
);

const truncated = fc
  .constantFrom(baseText, JSON.stringify(base()))
  .chain((whole) => fc.nat(whole.length).map((cut) => ({ whole, file: whole.slice(0, cut) })));

type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'add-field'; at: number; key: string; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyJson }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add-field' as const),
    at: fc.nat(),
    key: fc.string({ maxLength: 12 }),
    value: anyJson,
  }),
);

function mutate(tree: { [key: string]: Json }, change: Mutation) {
  if (change.kind === 'add-field') {
    const objects = objectsIn(tree);
    setOwn(objects[change.at % objects.length]!, change.key, change.value);
    return;
  }
  const all = places(tree);
  const { parent, key } = all[change.at % all.length]!;
  if (change.kind === 'replace') setOwn(parent, key, change.value);
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
}

const wronglyTyped = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((changes) => {
  const tree = base();
  for (const change of changes) mutate(tree, change);
  return JSON.stringify(tree);
});

const hostileString = fc.oneof(
  fc.constantFrom(
    '<script>alert(document.cookie)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '\u202Egnp.exe',
    '\u200B\u200F\u2066\uFEFF',
    '😀👩‍👩‍👧‍👦🏳️‍🌈',
    'x'.repeat(10_000),
    '\u0000\u0007\n\r\t',
    '\uD800',
    '{{constructor.constructor("alert(1)")()}}',
    "'; DROP TABLE assessments; --",
  ),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), maxLength: 4 }),
);

const hostile = fc.tuple(fc.nat(), hostileString, fc.boolean(), hostileString).map(([at, value, asKey, key]) => {
  const tree = base();
  if (asKey) {
    const objects = objectsIn(tree);
    setOwn(objects[at % objects.length]!, key, value);
  } else {
    const strings = places(tree).filter(
      ({ parent, key: where }) => typeof (parent as Record<string | number, Json>)[where] === 'string',
    );
    const { parent, key: where } = strings[at % strings.length]!;
    setOwn(parent, where, value);
  }
  return JSON.stringify(tree);
});

const prototypeKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
);
const pollution = fc.oneof(
  fc.constant<Json>({ polluted: true }),
  fc.constant<Json>({ prototype: { polluted: true } }),
  fc.constant<Json>({ __proto__: { polluted: true } } as never),
  anyJson,
);

const prototypeKeys = fc
  .array(fc.tuple(fc.nat(), prototypeKey, pollution), { minLength: 1, maxLength: 3 })
  .map((insertions) => {
    const tree = base();
    for (const [at, key, value] of insertions) {
      const objects = objectsIn(tree);
      // The value may itself hold a __proto__ key; JSON.parse(JSON.stringify) keeps it as an own key.
      setOwn(objects[at % objects.length]!, key, JSON.parse(JSON.stringify(value)));
    }
    return JSON.stringify(tree);
  });

const oversized = fc.oneof(
  fc
    .record({
      where: fc.constantFrom('title', 'id', 'answer', 'log-value', 'unknown-field'),
      length: fc.integer({ min: 190, max: 200_000 }),
    })
    .map(({ where, length }) => {
      const tree = base();
      const first = (tree.assessments as { [key: string]: Json }[])[1]!;
      const long = 'é'.repeat(length);
      if (where === 'title') first.title = long;
      else if (where === 'id') first.id = long;
      else if (where === 'answer') (first.answers as { [key: string]: Json }).notes = long;
      else if (where === 'log-value') (tree.answerLog as { [key: string]: Json }[])[1]!.value = long;
      else first.extra = long;
      return { text: JSON.stringify(tree) };
    }),
  fc
    .record({
      where: fc.constantFrom('answer-list', 'path', 'assessments', 'log'),
      count: fc.integer({ min: 1000, max: 20_000 }),
    })
    .map(({ where, count }) => {
      const tree = base();
      const first = (tree.assessments as { [key: string]: Json }[])[1]!;
      if (where === 'answer-list')
        (first.answers as { [key: string]: Json }).list = Array.from({ length: count }, (_, i) => `o-${i}`);
      else if (where === 'path') first.path = Array.from({ length: count }, (_, i) => `q-${i}`);
      else if (where === 'assessments')
        tree.assessments = Array.from({ length: Math.min(count, 2000) }, (_, i) =>
          record(`many-${i}`),
        ) as unknown as Json;
      else tree.answerLog = Array.from({ length: count }, (_, i) => logEntry('n-1', `q-${i}`, i)) as unknown as Json;
      return { text: JSON.stringify(tree) };
    }),
  // A file whose stated size is over the limit is refused whatever it holds.
  fc.integer({ min: maxBackupBytes + 1, max: 2 ** 40 }).map((size) => ({ text: baseText, size })),
);

// ── properties ──────────────────────────────────────────────────────────────────────────────────────────────

describe('fuzzing readBackup and applyImport', () => {
  it('the properties below run at least 10,000 cases in all', () => {
    expect(Object.values(runs).reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(10_000);
  });

  it('the unmutated base backup is valid, so the mutations below start from a file that imports', async () => {
    expect((await importsOrChangesNothing(baseText)).ok).toBe(true);
  });

  it(
    'malformed JSON is refused at its line and column, JSON of another kind as not a backup, and neither changes anything',
    async () => {
      await fc.assert(
        fc.asyncProperty(malformedJson, async (file) => {
          await importsOrChangesNothing(file);
        }),
        { numRuns: runs.malformedJson },
      );
    },
    testTimeout,
  );

  it(
    'a valid backup cut off anywhere is refused, or imports when the cut left it whole',
    async () => {
      await fc.assert(
        fc.asyncProperty(truncated, async ({ whole, file }) => {
          const read = await importsOrChangesNothing(file);
          expect(read.ok).toBe(whole.slice(file.length).trim() === '');
        }),
        { numRuns: runs.truncated },
      );
    },
    testTimeout,
  );

  it(
    'random values at random places are refused with every problem named, or import exactly as read',
    async () => {
      await fc.assert(
        fc.asyncProperty(wronglyTyped, async (file) => {
          await importsOrChangesNothing(file);
        }),
        { numRuns: runs.wronglyTyped },
      );
    },
    testTimeout,
  );

  it(
    'oversized strings, lists and files are refused or imported whole, never half',
    async () => {
      await fc.assert(
        fc.asyncProperty(oversized, async ({ text, size }: { text: string; size?: number }) => {
          const read = await importsOrChangesNothing(text, size);
          if (size !== undefined) expect(read).toMatchObject({ ok: false, problems: [{ code: 'file-too-large' }] });
        }),
        { numRuns: runs.oversized },
      );
    },
    testTimeout,
  );

  it(
    'markup, direction overrides, long strings, emoji and lone surrogates are kept as plain data',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostile, async (file) => {
          await importsOrChangesNothing(file);
        }),
        { numRuns: runs.hostileStrings },
      );
    },
    testTimeout,
  );

  it(
    'prototype keys anywhere pollute nothing: __proto__ is refused, the others are kept as plain data',
    async () => {
      await fc.assert(
        fc.asyncProperty(prototypeKeys, async (file) => {
          const read = await importsOrChangesNothing(file);
          if (file.includes('"__proto__"')) {
            expect(read.ok).toBe(false);
            expect(!read.ok && read.problems.some(({ code }) => code === 'forbidden-key')).toBe(true);
          }
        }),
        { numRuns: runs.prototypeKeys },
      );
    },
    testTimeout,
  );
});
