import Dexie, { cmp } from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerLogEntrySchema, assessmentRecordSchema } from '../../src/storage/assessment-record';
import { createAssessmentRepository } from '../../src/storage/assessment-repository';
import { AssessmentDatabase } from '../../src/storage/database';
import { dexieOptions } from './storage-fixtures';

/**
 * Every schema version ever released has a fixture in test/fixtures/storage/v<N>.json: its Dexie stores and its
 * rows as stored. Each is written into a database of that version and opened with the current AssessmentDatabase,
 * which runs the upgrades. Adding version 2 later: add `this.version(2).stores(…).upgrade(…)` in database.ts and a
 * v2.json written by a version 2 database; these tests then run for both. Where an upgrade reshapes older rows, that
 * older fixture gets an `expected` block with its tables as the current schema holds them.
 */
const fixturesDir = new URL('../fixtures/storage/', import.meta.url);

const tablesSchema = z.record(z.string(), z.array(z.record(z.string(), z.unknown())));
const fixtureSchema = z.object({
  version: z.number().int().positive(),
  stores: z.record(z.string(), z.string()),
  tables: tablesSchema,
  expected: tablesSchema.optional(),
});
type Fixture = z.infer<typeof fixtureSchema>;

const fixtures: Fixture[] = readdirSync(fixturesDir)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => fixtureSchema.parse(JSON.parse(readFileSync(new URL(file, fixturesDir), 'utf8'))))
  .sort((a, b) => a.version - b.version);

/** A database exactly as version N of the app left it. */
async function writtenBy(fixture: Fixture): Promise<string> {
  const name = `migration-v${fixture.version}-${crypto.randomUUID()}`;
  const old = new Dexie(name, dexieOptions);
  old.version(fixture.version).stores(fixture.stores);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

/** Rows in primary-key order, as a table returns them, so the fixture's own order does not matter. */
const byKey = (db: Dexie, table: string, rows: Record<string, unknown>[]) => {
  const key = db.table(table).schema.primKey.keyPath as string;
  return [...rows].sort((a, b) => cmp(a[key], b[key]));
};

describe('there is a fixture for every schema version, up to the current one', () => {
  it('the newest fixture is of the current schema version, and none is missing', async () => {
    const db = new AssessmentDatabase(`migration-current-${crypto.randomUUID()}`, dexieOptions);
    await db.open();
    expect(fixtures.map((fixture) => fixture.version)).toEqual(Array.from({ length: db.verno }, (_, i) => i + 1));
    db.close();
  });
});

describe.each(fixtures)('a version $version database opens in the current schema with nothing lost', (fixture) => {
  const expected = fixture.expected ?? fixture.tables;

  it('every row of every table is there, unknown fields included', async () => {
    const db = new AssessmentDatabase(await writtenBy(fixture), dexieOptions);
    for (const table of db.tables) {
      expect(await table.toArray()).toEqual(byKey(db, table.name, expected[table.name] ?? []));
    }
    db.close();
  });

  it('every record and log entry fits the current schema, which keeps the fields it does not know', async () => {
    const db = new AssessmentDatabase(await writtenBy(fixture), dexieOptions);
    for (const record of await db.assessments.toArray()) {
      expect(assessmentRecordSchema.parse(record)).toEqual(record);
    }
    for (const entry of await db.answerLog.toArray()) expect(answerLogEntrySchema.parse(entry)).toEqual(entry);
    db.close();
  });

  it('the repository works on it, and a save keeps the fields it does not know', async () => {
    const db = new AssessmentDatabase(await writtenBy(fixture), dexieOptions);
    const repository = createAssessmentRepository(db);
    const records = await repository.list();
    expect(records).toHaveLength(expected.assessments?.length ?? 0);
    for (const record of records) {
      const before = await repository.history(record.id);
      const renamed = await repository.rename(record.id, `${record.title} (bijgewerkt)`);
      const saved = await repository.saveProgress(record.id, {
        answers: record.answers,
        path: record.path,
        status: record.status,
        outcome: record.outcome,
        progress: record.progress,
        fingerprints: record.fingerprints,
      });
      expect(saved).toEqual({ ...record, title: renamed.title, updated: saved.updated });
      expect(await repository.history(record.id)).toEqual(before);
    }
    db.close();
  });
});
