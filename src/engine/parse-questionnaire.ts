import { LineCounter, parseDocument } from 'yaml';
import { jsonPath } from './json-path';
import type { Questionnaire } from './questionnaire-schema';
import { validateQuestionnaire, type Validated } from './validate-questionnaire';

/** A problem located in a file: the JSON path, and the line where the text has one. */
export type FileProblem = { file: string; line: number | null; path: string; message: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

/**
 * Parses YAML (or JSON, which is YAML too) and validates it; every problem names the file, the JSON path,
 * the line and what is wrong there. The YAML parser lives only here, so the app loads it only to import a file.
 */
export function parseYamlWith<T>(text: string, file: string, validate: (data: unknown) => Validated<T>): Parsed<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        path: '$',
        message: error.message.split('\n')[0]!,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | null => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  const validated = validate(document.toJS());
  if (validated.ok) return validated;
  return {
    ok: false,
    problems: validated.problems.map(({ path, message }) => ({
      file,
      line: lineOf(path),
      path: jsonPath(path),
      message,
    })),
  };
}

export const parseQuestionnaire = (text: string, file: string): Parsed<Questionnaire> =>
  parseYamlWith(text, file, validateQuestionnaire);

export const formatProblem = ({ file, line, path, message }: FileProblem) =>
  `${file}${line === null ? '' : `:${line}`} ${path}: ${message}`;
