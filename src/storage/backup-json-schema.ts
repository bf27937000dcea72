import { toPublishedJsonSchema } from '../engine/published-json-schema';
import { backupSchema } from './backup-format';

/**
 * The backup file format as JSON Schema, generated from the zod schema so the two cannot disagree.
 * Published as public/schema/backup.schema.json; regenerate it with
 *   npx tsx -e "import('./src/storage/backup-json-schema.ts').then(({ backupJsonSchema }) => require('node:fs').writeFileSync('public/schema/backup.schema.json', JSON.stringify(backupJsonSchema(), null, 2) + '\n'))"
 * Cross-record rules (unique ids, a log entry belongs to an assessment in the file) are checked by readBackup only.
 */
export const backupJsonSchema = () => ({
  $id: 'backup.schema.json',
  ...toPublishedJsonSchema(backupSchema),
});
