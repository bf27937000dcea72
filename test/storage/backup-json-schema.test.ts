import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupJsonSchema } from '../../src/storage/backup-json-schema';

describe('the published backup JSON Schema', () => {
  // Regenerate with the npx tsx command in src/storage/backup-json-schema.ts.
  it('public/schema/backup.schema.json is generated from the zod schema', () => {
    const published: unknown = JSON.parse(readFileSync('public/schema/backup.schema.json', 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(backupJsonSchema())));
  });
});
