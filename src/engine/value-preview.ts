import type { PhraseParam } from './phrase';
import { phrase } from './problem-phrase';

// Bidirectional overrides, zero-width and separator characters could make a message read differently than it is.
const invisible = /[\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** A value from a file, quoted and escaped, cut to a readable length: it is shown, never interpreted. */
export function quote(text: string, maxLength = 60): string {
  const codePoints = Array.from(text.length > maxLength * 2 ? text.slice(0, maxLength * 2) : text);
  const shown = codePoints.length > maxLength ? codePoints.slice(0, maxLength).join('') + '…' : codePoints.join('');
  return JSON.stringify(shown).replace(
    invisible,
    (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** What a value is, in a few words: `"Teams"`, `42`, a list of 3, an object, nothing. */
export function preview(value: unknown): PhraseParam {
  if (value === undefined) return phrase('value-nothing', {});
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value.length > 60 ? phrase('value-long-text', { length: value.length }) : quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return phrase('value-list', { length: value.length });
  return phrase('value-object', {});
}

const own = (value: unknown, key: PropertyKey): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);

/** The value at a path in parsed data, or undefined; reads own properties only. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (!own(value, key)) return undefined;
    value = value[key];
  }
  return value;
}
