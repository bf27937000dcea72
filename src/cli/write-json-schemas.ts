import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../engine/json-schemas';
import { backupJsonSchema } from '../storage/backup-json-schema';

/** npm run schema — publishes the file formats as JSON Schema in public/schema, served with the app. */
const dir = fileURLToPath(new URL('../../public/schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries({ ...jsonSchemas(), backup: backupJsonSchema() })) {
  writeFileSync(`${dir}${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote public/schema/${name}.schema.json`);
}
