import type { ProblemCode } from '../engine/problem-messages';

/**
 * Every problem reading or importing a backup can meet, as an English template by code (phrase.ts), beside the
 * engine's problem-messages.ts: one catalogue for the app to word in nl and en (`problem.<code>` in src/i18n).
 * A value in `{{…}}` may be a phrase of either catalogue; the codes of the two never collide (checked below).
 */
export const backupProblemMessages = {
  'file-too-large': 'The file is {{size}} MB; a backup can be at most {{maximum}} MB. It was not read.',
  'file-empty': 'The file is empty.',
  'not-json':
    'The file is not valid JSON (it stops at line {{line}}, column {{column}}); a backup is a JSON file exported by this app.',
  'not-a-backup': 'The file holds {{found}}, not a backup of assessments.',
  'pdf-without-assessment':
    'This PDF carries no assessment (only PDF reports of this app do, unless another program saved them again).',
  'format-missing': 'This is not a backup of this app: the field "format" is missing.',
  'format-other': 'This is not a backup of this app: its format is {{found}}, not "{{format}}".',
  'version-missing': 'The backup does not say its format version; this app reads version {{reads}}.',
  'version-newer':
    'The backup has format version {{version}}; this app reads version {{reads}}. It was made by a newer version of the app: update the app to import it.',
  'version-other': 'The backup has format version {{found}}; this app reads version {{reads}}.',
  'invalid-field': '{{problem}}',
  'forbidden-key': '{{problem}}',
  'too-deep': '{{problem}}',
  unreadable: 'The file could not be read: {{reason}}',
  'undecided-conflict': '{{record}} is already stored here; choose keep both, replace or skip. Nothing was imported.',
  'storage-full': 'Nothing was imported: the browser has no room left for this data. Free some space and try again.',
  'storage-error': "Nothing was imported: the browser's database refused the change ({{reason}}).",
} as const;

/** The parts of a problem: which record it is in, and what is wrong there. */
export const backupPartMessages = {
  'in-record': '{{record}}: {{problem}}',
  assessment: 'Assessment',
  'assessment-titled': 'Assessment {{title}}',
  'assessment-with-id': 'Assessment (id {{id}})',
  'assessment-titled-with-id': 'Assessment {{title}} (id {{id}})',
  'log-entry': 'Log entry',
  'log-entry-of': 'Log entry of assessment (id {{id}})',
  'log-entry-of-titled': 'Log entry of assessment {{title}} (id {{id}})',
  'proto-key': 'a field named "__proto__" is not allowed: it could change how the app\'s objects behave',
  'nested-deeper-than': 'is nested more than {{maximum}} levels deep',
  'unknown-backup-fields':
    '{{problem}}; a backup holds only format, formatVersion, exported, assessments and answerLog',
  'id-also-used': 'the id {{id}} is also used by assessments[{{first}}]',
  'log-without-assessment': 'no assessment with this id is in the file',
} as const;

/** The kinds of problem a backup can have, each with its template; `more-problems` is the engine's. */
export type BackupProblemCode = keyof typeof backupProblemMessages | 'more-problems';
export type BackupMessageCode = keyof typeof backupProblemMessages | keyof typeof backupPartMessages;

// A code in both catalogues would be worded twice in one namespace: this line fails typecheck if one is added.
const noSharedCodes: [Extract<BackupMessageCode, ProblemCode>] extends [never] ? true : never = true;
void noSharedCodes;
