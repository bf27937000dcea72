import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import type { Question } from '../../src/engine/questionnaire-schema';
import { changedQuestions, fingerprintOf, fingerprintsOf } from '../../src/storage/fingerprint';
import { photoQuestionnaire, photoTest } from './storage-fixtures';

const compiled = photoTest();
const imageContext = () =>
  structuredClone(compiled.questions.get('image-context')!) as Question & { type: 'single-choice' };

/** The same object with its keys in a random order, at every level. */
function reordered(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => reordered(item, random));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, item]) => [key, reordered(item, random)] as const);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
}

describe('a fingerprint changes when what a question asks changes, and only then', () => {
  it('every question of a questionnaire has a short fingerprint, and they differ', () => {
    const fingerprints = Object.values(fingerprintsOf(compiled));
    expect(fingerprints).toHaveLength(compiled.questionnaire.questions.length);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    for (const fingerprint of fingerprints) expect(fingerprint).toMatch(/^[0-9a-z]{1,12}$/);
  });

  it('the order of keys in the file does not change the fingerprint', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })), (stream) => {
        const numbers = stream[Symbol.iterator]();
        const random = () => numbers.next().value as number;
        for (const question of compiled.questionnaire.questions) {
          expect(fingerprintOf(reordered(question, random) as Question)).toBe(fingerprintOf(question));
        }
      }),
    );
  });

  it('help texts and routing do not change the fingerprint', () => {
    const question = imageContext();
    const reworded = {
      ...question,
      help: { nl: 'Andere uitleg', en: 'Other help' },
      next: 'unavoidable',
      options: question.options.map((option) => ({ ...option, help: { nl: 'x', en: 'x' } })),
    };
    expect(fingerprintOf(reworded)).toBe(fingerprintOf(question));
  });

  it.each([
    ['its text', (q: ReturnType<typeof imageContext>) => ({ ...q, text: { ...q.text, en: 'Where from?' } })],
    [
      'an option label',
      (q: ReturnType<typeof imageContext>) => ({
        ...q,
        options: [...q.options.slice(1), { ...q.options[0]!, label: { nl: 'Teams', en: 'Teams' } }],
      }),
    ],
    ['an option removed', (q: ReturnType<typeof imageContext>) => ({ ...q, options: q.options.slice(1) })],
    ['its source', (q: ReturnType<typeof imageContext>) => ({ ...q, source: [{ nl: 'AVG', en: 'GDPR' }] })],
  ])('changing %s changes the fingerprint', (_, change) => {
    expect(fingerprintOf(change(imageContext()))).not.toBe(fingerprintOf(imageContext()));
  });
});

describe('changedQuestions names the questions that differ from the version a record was saved on', () => {
  it('the same version has no changes', () => {
    expect(changedQuestions(compiled, fingerprintsOf(compiled))).toEqual({ changed: [], added: [] });
  });

  it('a reworded question is changed, a question without a fingerprint is added', () => {
    const newer = photoQuestionnaire();
    newer.questions[1] = { ...newer.questions[1]!, text: { nl: 'Anders', en: 'Different' } };
    const olderFingerprints = Object.fromEntries(
      Object.entries(fingerprintsOf(compiled)).filter(([id]) => id !== 'description'),
    );
    expect(changedQuestions(compile(newer), olderFingerprints)).toEqual({
      changed: ['recognisable'],
      added: ['description'],
    });
  });

  it('a record without fingerprints reports nothing rather than every question as new', () => {
    expect(changedQuestions(compiled, {})).toEqual({ changed: [], added: [] });
  });
});
