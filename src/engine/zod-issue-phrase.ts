import type { z } from 'zod';
import type { Phrase, PhraseParam } from './phrase';
import { phrase } from './problem-phrase';
import type { ProblemPath } from './problem';
import type { ProblemCode } from './problem-messages';
import { schemaMessages } from './schema-messages';
import { preview, quote, valueAt } from './value-preview';

type EngineWords = Phrase & { code: ProblemCode };

const typeCodes: Record<string, ProblemCode> = {
  string: 'type-string',
  number: 'type-number',
  int: 'type-int',
  boolean: 'type-boolean',
  array: 'type-array',
  object: 'type-object',
  record: 'type-object',
  null: 'type-null',
};
const typeWords = (expected: string): PhraseParam => {
  const code = typeCodes[expected];
  return code ? { code, params: {} } : expected;
};

const commas = (items: readonly PhraseParam[]): PhraseParam =>
  items.length <= 1 ? (items[0] ?? '') : phrase('comma', { left: items[0]!, right: commas(items.slice(1)) });

/** "a, b or c" as nested phrases, so each language joins the alternatives with its own word. */
const either = (alternatives: readonly PhraseParam[]): PhraseParam =>
  alternatives.length <= 1
    ? (alternatives[0] ?? '')
    : phrase('or', { left: commas(alternatives.slice(0, -1)), right: alternatives.at(-1)! });

/** A message a schema wrote itself is one of the catalogue's templates (schema-messages.ts). */
const codeOfMessage = new Map<string, ProblemCode>(
  Object.entries(schemaMessages).map(([code, text]) => [text, code as keyof typeof schemaMessages]),
);

const expectedOrMissing = (expected: PhraseParam, found: unknown): EngineWords =>
  found === undefined ? phrase('missing', { expected }) : phrase('wrong-type', { expected, found: preview(found) });

/**
 * A zod issue in plain words the app can translate, for any schema: what was expected and what the file holds at
 * the issue's path (`data` is the whole parsed file). The path can go deeper than the issue's when one alternative
 * of a union matched and something inside it is wrong: that is the useful message.
 */
export function zodIssuePhrase(issue: z.core.$ZodIssue, data: unknown): { path: ProblemPath; words: EngineWords } {
  const found = valueAt(data, issue.path);
  // The keys of parsed JSON and YAML are strings and numbers; a symbol cannot occur there.
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  const words = (made: EngineWords) => ({ path, words: made });
  const known = codeOfMessage.get(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return words(expectedOrMissing(typeWords(issue.expected), found));
    case 'invalid_union': {
      const inside = issue.errors.find((errors) => errors.length > 0 && errors.every((sub) => sub.path.length > 0));
      if (inside?.[0]) return zodIssuePhrase({ ...inside[0], path: [...issue.path, ...inside[0].path] }, data);
      if ('options' in issue && Array.isArray(issue.options))
        return words(expectedOrMissing(either(issue.options.map((option) => quoted(option))), found));
      const expected = issue.errors.flatMap((errors) =>
        errors.flatMap((sub) => (sub.code === 'invalid_type' ? [sub.expected] : [])),
      );
      return words(
        expected.length > 0
          ? expectedOrMissing(either([...new Set(expected)].map(typeWords)), found)
          : phrase('no-alternative-fits', { found: preview(found) }),
      );
    }
    case 'invalid_value':
      return words(expectedOrMissing(either(issue.values.map(quoted)), found));
    case 'invalid_format': {
      if (issue.format === 'date') return words(phrase('not-a-date', { found: preview(found) }));
      if (issue.format === 'datetime') return words(phrase('not-a-date-time', { found: preview(found) }));
      if (issue.format === 'url') return words(phrase('not-a-url', { found: preview(found) }));
      if (known) return words(phrase('with-found', { problem: { code: known, params: {} }, found: preview(found) }));
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : '';
      return words(phrase('wrong-form', { found: preview(found), pattern }));
    }
    case 'too_small':
      if (known) return words({ code: known, params: {} });
      if (issue.origin === 'string') return words(phrase('empty', {}));
      if (issue.origin === 'array') return words(phrase('too-few-items', { minimum: Number(issue.minimum) }));
      return words(phrase('too-small', { minimum: Number(issue.minimum), found: preview(found) }));
    case 'too_big':
      if (known) return words({ code: known, params: {} });
      if (issue.origin === 'string' && typeof found === 'string')
        return words(phrase('too-long', { length: found.length, maximum: Number(issue.maximum) }));
      if (issue.origin === 'array') return words(phrase('too-many-items', { maximum: Number(issue.maximum) }));
      return words(phrase('too-big', { maximum: Number(issue.maximum), found: preview(found) }));
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).map((key) => quote(key, 40));
      const list = `${keys.join(', ')}${issue.keys.length > 5 ? ', …' : ''}`;
      return words(phrase(issue.keys.length > 1 ? 'unknown-fields' : 'unknown-field', { keys: list }));
    }
    default:
      return words(known ? { code: known, params: {} } : phrase('invalid', {}));
  }
}

const quoted = (value: unknown): string => (typeof value === 'string' ? quote(value) : String(value));
