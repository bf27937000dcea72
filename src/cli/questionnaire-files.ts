import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileTooLarge, parseYamlWith, type Parsed } from '../engine/parse-questionnaire';
import { englishOf } from '../engine/problem';
import { phrase } from '../engine/problem-phrase';
import { maxQuestionnaireBytes } from '../engine/questionnaire-file-size';
import type { Questionnaire } from '../engine/questionnaire-schema';
import { validateQuestionnaire, type Validated } from '../engine/validate-questionnaire';

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

/** Reads and parses a YAML file; its size is checked before it is read (the app's limit, questionnaire-file-size.ts). */
export function parseYamlFile<T>(file: string, validate: (data: unknown) => Validated<T>): Parsed<T> {
  const bytes = statSync(file).size;
  if (bytes > maxQuestionnaireBytes) return fileTooLarge(displayPath(file), bytes);
  return parseYamlWith(readFileSync(file, 'utf8'), displayPath(file), validate);
}

export function loadQuestionnaireFile(file: string): Parsed<Questionnaire> {
  const parsed = parseYamlFile(file, validateQuestionnaire);
  if (parsed.ok && questionnairesDir === join(file, '..') + '/' && basename(file, '.yaml') !== parsed.value.id) {
    const words = phrase('built-in-file-name', { id: parsed.value.id });
    return {
      ok: false,
      problems: [{ file: displayPath(file), line: null, path: '$.id', ...words, message: englishOf(words) }],
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
