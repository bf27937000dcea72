import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020';

const published = ['questionnaire', 'scenarios', 'backup'] as const;
// Formats are a vocabulary of their own (the ajv-formats plugin); known here by name, so strict mode judges the rest.
const formats = { uri: true, date: true, 'date-time': true } as const;
const schemaOf = (name: string) => JSON.parse(readFileSync(`public/schema/${name}.schema.json`, 'utf8'));

describe('the published JSON Schemas compile under Ajv strict mode, as editors and other tools may use them', () => {
  it.each(published)('public/schema/%s.schema.json compiles with strict: true', (name) => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, formats });
    expect(() => ajv.compile(schemaOf(name))).not.toThrow();
  });

  it('the questionnaire schema accepts a built-in questionnaire and refuses one without an id', async () => {
    const { parse } = await import('yaml');
    const questionnaire = parse(readFileSync('questionnaires/photo-purpose-test.yaml', 'utf8'));
    const validate = new Ajv2020({ strict: true, formats }).compile(schemaOf('questionnaire'));
    expect(validate(questionnaire)).toBe(true);
    expect(validate({ ...questionnaire, id: undefined })).toBe(false);
  });
});
