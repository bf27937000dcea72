import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type ErrorCode } from 'yaml';
import { jsonPath } from './json-path';
import type { PhraseParams } from './phrase';
import { englishOf } from './problem';
import { phrase } from './problem-phrase';
import type { ProblemCode } from './problem-messages';
import { maxQuestionnaireBytes } from './questionnaire-file-size';
import type { Questionnaire } from './questionnaire-schema';
import { validateQuestionnaire, type Validated } from './validate-questionnaire';
import { quote } from './value-preview';

/** A problem located in a file: the JSON path, the line where the text has one, and what is wrong (problem.ts). */
export type FileProblem = {
  file: string;
  line: number | null;
  path: string;
  code: ProblemCode;
  params: PhraseParams;
  message: string;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

/** A file with thousands of problems (100,000 duplicate keys) shows the first ones and how many more there are. */
export const maxFileProblems = 50;

/** Why the YAML parser stopped, in the catalogue's words; every error code of the library has one. */
const yamlReasons = {
  ALIAS_PROPS: 'yaml-alias-props',
  BAD_ALIAS: 'yaml-bad-alias',
  BAD_DIRECTIVE: 'yaml-bad-directive',
  BAD_DQ_ESCAPE: 'yaml-bad-dq-escape',
  BAD_INDENT: 'yaml-bad-indent',
  BAD_PROP_ORDER: 'yaml-bad-prop-order',
  BAD_SCALAR_START: 'yaml-bad-scalar-start',
  BLOCK_AS_IMPLICIT_KEY: 'yaml-block-as-implicit-key',
  BLOCK_IN_FLOW: 'yaml-block-in-flow',
  DUPLICATE_KEY: 'yaml-duplicate-key',
  IMPOSSIBLE: 'yaml-impossible',
  KEY_OVER_1024_CHARS: 'yaml-key-over-1024-chars',
  MISSING_CHAR: 'yaml-missing-char',
  MULTILINE_IMPLICIT_KEY: 'yaml-multiline-implicit-key',
  MULTIPLE_ANCHORS: 'yaml-multiple-anchors',
  MULTIPLE_DOCS: 'yaml-multiple-docs',
  MULTIPLE_TAGS: 'yaml-multiple-tags',
  NON_STRING_KEY: 'yaml-non-string-key',
  RESOURCE_EXHAUSTION: 'yaml-resource-exhaustion',
  TAB_AS_INDENT: 'yaml-tab-as-indent',
  TAG_RESOLVE_FAILED: 'yaml-tag-resolve-failed',
  UNEXPECTED_TOKEN: 'yaml-unexpected-token',
  BAD_COLLECTION_TYPE: 'yaml-bad-collection-type',
} as const satisfies Record<ErrorCode, ProblemCode>;

type Located = { line: number | null; path: string; words: { code: ProblemCode; params: PhraseParams } };

/** `total` counts every problem found, also those not given in `problems` (the first ones suffice to show). */
const located = (
  file: string,
  problems: Located[],
  total = problems.length,
): { ok: false; problems: FileProblem[] } => {
  const shown =
    total <= maxFileProblems
      ? problems
      : [
          ...problems.slice(0, maxFileProblems - 1),
          { line: null, path: '$', words: phrase('more-problems', { number: total - maxFileProblems + 1 }) },
        ];
  return {
    ok: false,
    problems: shown.map(({ line, path, words }) => ({
      file,
      line,
      path,
      code: words.code,
      params: words.params,
      message: englishOf(words),
    })),
  };
};

const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);

/** A file over maxQuestionnaireBytes, refused before it is parsed (or, by the CLI, read). */
export const fileTooLarge = (file: string, bytes: number): { ok: false; problems: FileProblem[] } =>
  located(file, [
    {
      line: null,
      path: '$',
      words: phrase('questionnaire-file-too-large', {
        size: kilobytes(bytes),
        maximum: kilobytes(maxQuestionnaireBytes),
      }),
    },
  ]);

/** The UTF-8 size, counted only when the text could be under the limit (a UTF-16 unit is at least one byte). */
const sizeInBytes = (text: string) =>
  text.length > maxQuestionnaireBytes ? text.length : new TextEncoder().encode(text).length;

/**
 * Parses YAML (or JSON, which is YAML too) and validates it; every problem names the file, the JSON path,
 * the line and what is wrong there. Never throws: a file too large, an alias bomb or nesting too deep for the
 * parser each becomes a problem. The YAML parser lives only here, so the app loads it only to check a file.
 */
export function parseYamlWith<T>(text: string, file: string, validate: (data: unknown) => Validated<T>): Parsed<T> {
  const size = sizeInBytes(text);
  if (size > maxQuestionnaireBytes) return fileTooLarge(file, size);
  try {
    return parse(text, file, validate);
  } catch (error) {
    // toJS throws on an alias bomb ("billion laughs"); anything else unforeseen is named the same way, never thrown.
    const words =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? phrase('too-many-aliases', {})
        : error instanceof RangeError
          ? phrase('nested-too-deep', {})
          : phrase('file-unreadable', { reason: error instanceof Error ? error.message : String(error) });
    return located(file, [{ line: null, path: '$', words }]);
  }
}

function parse<T>(text: string, file: string, validate: (data: unknown) => Validated<T>): Parsed<T> {
  const lineCounter = new LineCounter();
  // uniqueKeys off: the library's own check compares every key with every other (minutes for 100,000 keys).
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (document.errors.length > 0) {
    return located(
      file,
      document.errors.map((error) => ({
        line: lineAt(error.pos[0]),
        path: '$',
        words:
          error.code === 'RESOURCE_EXHAUSTION'
            ? phrase('nested-too-deep', {})
            : phrase('yaml-syntax', { reason: { code: yamlReasons[error.code], params: {} } }),
      })),
    );
  }
  const duplicates = duplicateKeys(document, lineAt);
  if (duplicates.total > 0) return located(file, duplicates.first, duplicates.total);

  const lineOf = (path: readonly PropertyKey[]): number | null => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return null;
  };
  const validated = validate(document.toJS());
  if (validated.ok) return validated;
  const first = validated.problems.slice(0, maxFileProblems);
  return located(
    file,
    first.map(({ path, code, params }) => ({ line: lineOf(path), path: jsonPath(path), words: { code, params } })),
    validated.problems.length,
  );
}

type Visit = { node: unknown; key: string | number; parent: Visit | undefined };

const pathOf = (visit: Visit): (string | number)[] => {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
};

/**
 * Keys used twice in one map, in one pass with a set per map (the library's check is quadratic): all of them
 * counted, the first ones located. Iterative, with paths built only for those, so neither a deep nor a wide file
 * costs more than its size.
 */
function duplicateKeys(
  document: Document.Parsed,
  lineAt: (offset: number) => number,
): { first: Located[]; total: number } {
  const first: Located[] = [];
  let total = 0;
  const stack: Visit[] = [{ node: document.contents, key: '', parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { node } = visit;
    if (isSeq(node)) {
      node.items.forEach((item, index) => stack.push({ node: item, key: index, parent: visit }));
    } else if (isMap(node)) {
      const firstOffset = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : null;
        const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
        const earlier = key === null ? undefined : firstOffset.get(key);
        if (key !== null && earlier === undefined) firstOffset.set(key, offset);
        else if (key !== null && earlier !== undefined && ++total <= maxFileProblems)
          first.push({
            line: lineAt(offset),
            path: jsonPath([...pathOf(visit), key]),
            words: phrase('duplicate-key', { key: quote(key), firstLine: lineAt(earlier) }),
          });
        stack.push({ node: pair.value, key: key ?? '?', parent: visit });
      }
    }
  }
  return { first, total };
}

export const parseQuestionnaire = (text: string, file: string): Parsed<Questionnaire> =>
  parseYamlWith(text, file, validateQuestionnaire);

export const formatProblem = ({ file, line, path, message }: FileProblem) =>
  `${file}${line === null ? '' : `:${line}`} ${path}: ${message}`;
