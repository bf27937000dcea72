import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkQuestionnaire, type Problem } from './check-questionnaire';
import { questionnaireSchema, type Questionnaire } from './questionnaire-schema';

/** A problem located in a file: the JSON path, and the line where the text has one. */
export type FileProblem = { file: string; line: number | null; path: string; message: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

/** `$.questions[3].next` — how a reviewer finds the spot in the file. */
export const jsonPath = (path: readonly PropertyKey[]) =>
  '$' + path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');

/**
 * Parses YAML (or JSON, which is YAML too) and validates it with a zod schema, then with extra checks.
 * Every problem names the file, the JSON path, the line and what is wrong there.
 */
export function parseYamlWith<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  check: (value: T) => Problem[] = () => [],
): Parsed<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (line: number | null, path: string, message: string): FileProblem => ({ file, line, path, message });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) =>
        at(lineCounter.linePos(error.pos[0]).line, '$', error.message.split('\n')[0]!),
      ),
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
  const located = (problems: { path: readonly PropertyKey[]; message: string }[]) =>
    problems.map((problem) => at(lineOf(problem.path), jsonPath(problem.path), problem.message));

  const parsed = schema.safeParse(document.toJS());
  if (!parsed.success) return { ok: false, problems: located(parsed.error.issues) };
  const problems = check(parsed.data);
  return problems.length > 0 ? { ok: false, problems: located(problems) } : { ok: true, value: parsed.data };
}

export const parseQuestionnaire = (text: string, file: string): Parsed<Questionnaire> =>
  parseYamlWith(text, file, questionnaireSchema, (questionnaire) => checkQuestionnaire(questionnaire).problems);

export const formatProblem = ({ file, line, path, message }: FileProblem) =>
  `${file}${line === null ? '' : `:${line}`} ${path}: ${message}`;
