import type { CompiledQuestionnaire } from '../engine/compile';
import type { Question } from '../engine/questionnaire-schema';

/**
 * A short, stable fingerprint of what a question asks: its text, type, options, limits and sources. Help texts and
 * routing are left out: clearer help does not change what an answer means, and the route is replayed anyway.
 * A record keeps the fingerprint of every question of the version it was saved on, so a newer version can say
 * which questions changed since and which are new.
 */
export function fingerprintOf(question: Question): string {
  return hash(canonicalJson(asked(question)));
}

const asked = ({ help: _help, next: _next, ...rest }: Question) =>
  'options' in rest ? { ...rest, options: rest.options.map(({ help: _optionHelp, ...option }) => option) } : rest;

/** The fingerprint of every question of a questionnaire, to store with a record saved on it. */
export const fingerprintsOf = (compiled: CompiledQuestionnaire): Record<string, string> =>
  Object.fromEntries(compiled.questionnaire.questions.map((question) => [question.id, fingerprintOf(question)]));

/**
 * What differs between the questionnaire version a record was saved on (its fingerprints) and `compiled`:
 * - changed: questions on both whose fingerprint differs;
 * - added: questions of `compiled` the record has no fingerprint for, i.e. new since its version.
 * Questions of the old version that are gone show up as answers that no longer fit (see resume.ts), not here.
 * A record without any fingerprint tells nothing, so it reports nothing rather than every question as new.
 * Both lists follow the order of the questionnaire.
 */
export function changedQuestions(
  compiled: CompiledQuestionnaire,
  fingerprints: Readonly<Record<string, string>>,
): { changed: string[]; added: string[] } {
  const changed: string[] = [];
  const added: string[] = [];
  if (Object.keys(fingerprints).length === 0) return { changed, added };
  for (const question of compiled.questionnaire.questions) {
    const before = Object.hasOwn(fingerprints, question.id) ? fingerprints[question.id] : undefined;
    if (before === undefined) added.push(question.id);
    else if (before !== fingerprintOf(question)) changed.push(question.id);
  }
  return { changed, added };
}

/** JSON with object keys sorted, so key order in the file does not change the fingerprint. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash; not cryptographic, which a change marker need not be. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
