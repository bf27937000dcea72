import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/engine/condition-schema';
import { evaluateCondition } from '../../src/engine/evaluate-condition';

const answers = { kind: 'health', categories: ['health', 'religion'], period: 5, notes: 'x' };

describe('conditions are data, evaluated against the answers so far', () => {
  it.each<[string, Condition, boolean]>([
    ['equals matches the exact option', { equals: { question: 'kind', value: 'health' } }, true],
    ['equals does not match another option', { equals: { question: 'kind', value: 'other' } }, false],
    ['includes finds a selected option', { includes: { question: 'categories', value: 'religion' } }, true],
    ['includes misses an unselected option', { includes: { question: 'categories', value: 'biometric' } }, false],
    ['answered holds for an answered question', { answered: 'notes' }, true],
    ['answered fails for an unanswered question', { answered: 'missing' }, false],
    ['count counts selected options within bounds', { count: { question: 'categories', min: 2 } }, true],
    ['count fails above its maximum', { count: { question: 'categories', max: 1 } }, false],
    ['between holds inside the range', { between: { question: 'period', min: 1, max: 10 } }, true],
    ['between fails outside the range', { between: { question: 'period', min: 6 } }, false],
    ['all needs every part', { all: [{ answered: 'kind' }, { answered: 'missing' }] }, false],
    ['any needs one part', { any: [{ answered: 'kind' }, { answered: 'missing' }] }, true],
    ['not inverts', { not: { answered: 'missing' } }, true],
    ['an unanswered question equals nothing', { equals: { question: 'missing', value: 'yes' } }, false],
  ])('%s', (_rule, condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected);
  });

  it('reads only own answers, never inherited object properties', () => {
    expect(evaluateCondition({ answered: 'toString' }, {})).toBe(false);
    expect(evaluateCondition({ answered: '__proto__' }, {})).toBe(false);
  });

  it('not(any) equals all(not) for any answers (De Morgan)', () => {
    const leaf = fc.constantFrom('a', 'b', 'c').map((question): Condition => ({ answered: question }));
    const answerSet = fc.subarray(['a', 'b', 'c']).map((ids) => Object.fromEntries(ids.map((id) => [id, 'yes'])));
    fc.assert(
      fc.property(fc.array(leaf, { minLength: 1, maxLength: 4 }), answerSet, (parts, given) => {
        const left = evaluateCondition({ not: { any: parts } }, given);
        const right = evaluateCondition({ all: parts.map((part) => ({ not: part })) }, given);
        expect(left).toBe(right);
      }),
    );
  });
});
