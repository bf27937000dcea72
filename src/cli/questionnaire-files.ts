import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseQuestionnaire, type Parsed } from '../engine/parse-questionnaire';
import type { Questionnaire } from '../engine/questionnaire-schema';

/** The built-in questionnaires live in questionnaires/<id>.yaml, each with its worked cases in <id>.scenarios.yaml. */
export const questionnairesDir = fileURLToPath(new URL('../../questionnaires/', import.meta.url));
const scenarioSuffix = '.scenarios.yaml';

export const builtInFiles = (): string[] =>
  readdirSync(questionnairesDir)
    .filter((name) => name.endsWith('.yaml') && !name.endsWith(scenarioSuffix))
    .sort()
    .map((name) => join(questionnairesDir, name));

export const scenarioFileOf = (questionnaireFile: string) => questionnaireFile.replace(/\.yaml$/, scenarioSuffix);

/** A path as a reader should see it in a message: relative to where the command runs. */
export const displayPath = (file: string) => relative(process.cwd(), file) || file;

export function loadQuestionnaireFile(file: string): Parsed<Questionnaire> {
  const parsed = parseQuestionnaire(readFileSync(file, 'utf8'), displayPath(file));
  if (parsed.ok && questionnairesDir === join(file, '..') + '/' && basename(file, '.yaml') !== parsed.value.id) {
    return {
      ok: false,
      problems: [
        {
          file: displayPath(file),
          line: null,
          path: '$.id',
          message: `a built-in questionnaire's file is named after its id: rename the file to ${parsed.value.id}.yaml`,
        },
      ],
    };
  }
  return parsed;
}

/** Resolves what a user typed: a file path, or the id of a built-in questionnaire. */
export function resolveQuestionnaire(idOrFile: string): string {
  if (/[\\/]|\.(ya?ml|json)$/.test(idOrFile)) {
    if (!existsSync(idOrFile)) throw new Error(`no questionnaire file at ${idOrFile}`);
    return idOrFile;
  }
  const file = join(questionnairesDir, `${idOrFile}.yaml`);
  if (existsSync(file)) return file;
  const known = builtInFiles().map((f) => basename(f, '.yaml'));
  throw new Error(`unknown questionnaire "${idOrFile}" (built in: ${known.join(', ')})`);
}
