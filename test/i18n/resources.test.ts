import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';

type Tree = { [key: string]: string | Tree };

/** Every key path in a resource tree with its text: "step.next" → "Volgende". */
const entries = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

describe('the app strings', () => {
  const dutch = new Map(entries(nl));
  const english = new Map(entries(en));

  it('every Dutch key exists in English', () => {
    expect([...dutch.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('every English key exists in Dutch, the source', () => {
    expect([...english.keys()].filter((key) => !dutch.has(key))).toEqual([]);
  });

  it('no text is empty in either language', () => {
    const empty = [...dutch, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('both languages fill in the same placeholders', () => {
    const differ = [...dutch].filter(
      ([key, text]) => english.has(key) && placeholders(text).join() !== placeholders(english.get(key)!).join(),
    );
    expect(differ.map(([key]) => key)).toEqual([]);
  });
});
