import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/engine/json-schemas';

describe('the published JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))(
    'public/schema/%s.schema.json is generated from the zod schema (run npm run schema)',
    (name, schema) => {
      const published = JSON.parse(readFileSync(`public/schema/${name}.schema.json`, 'utf8'));
      expect(published).toEqual(JSON.parse(JSON.stringify(schema)));
    },
  );
});
