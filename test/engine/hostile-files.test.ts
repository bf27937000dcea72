import { describe, expect, it } from 'vitest';
import { maxFileProblems, parseQuestionnaire } from '../../src/engine/parse-questionnaire';
import { hostileFiles } from '../fixtures/hostile-files';

// Parsing a megabyte of YAML takes seconds on a busy two-core machine; the benchmark measures how long.
const slow = { timeout: 60_000 };

const problemsOf = (text: string) => {
  const parsed = parseQuestionnaire(text, 'hostile.yaml');
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.problems;
};

describe('a hostile questionnaire file is refused with a clear problem, never a crash or a freeze', () => {
  it('a file of 100,000 different keys is read in one pass and named as not a questionnaire', slow, () => {
    const problems = problemsOf(hostileFiles['distinct-keys']());
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '$',
        code: 'unknown-fields',
        message: expect.stringMatching(/^unknown fields "k0", "k1", /),
      }),
    );
  });

  it('a key used 100,000 times names the first duplicates by line and path, and counts the rest', slow, () => {
    const problems = problemsOf(hostileFiles['duplicate-keys']());
    expect(problems).toHaveLength(maxFileProblems);
    expect(problems[0]).toEqual({
      file: 'hostile.yaml',
      line: 2,
      path: '$.k',
      code: 'duplicate-key',
      params: { key: '"k"', firstLine: 1 },
      message: 'the key "k" appears twice in the same map (first on line 1)',
    });
    expect(problems.at(-1)).toMatchObject({ code: 'more-problems', message: `and ${99_999 - 49} more problems` });
  });

  it('a key used twice deep inside is named with its own line and JSON path', () => {
    const problems = problemsOf('questions:\n  - id: a\n    text: x\n    id: b\n');
    expect(problems).toEqual([
      expect.objectContaining({
        line: 4,
        path: '$.questions[0].id',
        code: 'duplicate-key',
        params: { key: '"id"', firstLine: 2 },
      }),
    ]);
  });

  it('an alias bomb is stopped and named, not thrown', () => {
    expect(problemsOf(hostileFiles['alias-bomb']())).toEqual([
      expect.objectContaining({ path: '$', code: 'too-many-aliases' }),
    ]);
  });

  it('a 31 MB string is refused by its size before it is parsed', () => {
    expect(problemsOf(hostileFiles['long-string']())).toEqual([
      expect.objectContaining({
        code: 'questionnaire-file-too-large',
        params: { size: 31 * 1024 + 1, maximum: 1024 },
        message: `the file is ${31 * 1024 + 1} kB; a questionnaire file can be at most 1024 kB`,
      }),
    ]);
  });

  it('a file just under the limit in characters but over it in UTF-8 bytes is refused too', () => {
    const text = `id: "${'é'.repeat(600 * 1024)}"\n`;
    expect(text.length).toBeLessThan(1024 * 1024);
    expect(problemsOf(text)).toEqual([expect.objectContaining({ code: 'questionnaire-file-too-large' })]);
  });

  it('lists nested 100,000 deep are named as nested too deeply', slow, () => {
    expect(problemsOf(hostileFiles['deep-flow']())).toContainEqual(
      expect.objectContaining({ code: 'nested-too-deep' }),
    );
  });
});
