import { describe, expect, it } from 'vitest';
import { hostileFileNames, writeHostileFile, type HostileFile } from '../fixtures/hostile-files';
import { runCli, writeAnswers } from './run-cli';

// Each run starts Node and parses up to a megabyte of YAML: seconds on a busy machine. The benchmark times it.
const slow = { timeout: 120_000 };

/** What each file is refused for, as the one line on stderr says. */
const expected: Record<HostileFile, RegExp> = {
  'distinct-keys': /distinct-keys\.yaml:1 \$: unknown fields "k0", "k1", /,
  'duplicate-keys': /duplicate-keys\.yaml:2 \$\.k: the key "k" appears twice in the same map \(first on line 1\)/,
  'alias-bomb': /alias-bomb\.yaml \$: the file repeats its anchors .* too often to be read safely/,
  'long-string': /long-string\.yaml \$: the file is 31745 kB; a questionnaire file can be at most 1024 kB/,
  'deep-flow': /deep-flow\.yaml:1 \$: the file is nested too deeply to be read/,
};

describe('the CLI refuses a hostile questionnaire file with exit 2 and a line per problem, never a stack trace', () => {
  it.each(hostileFileNames)('assess with %s exits 2 naming what is wrong', slow, (name) => {
    const { status, stdout, stderr } = runCli('assess', [
      '--questionnaire',
      writeHostileFile(name),
      '--answers',
      writeAnswers({}),
    ]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(expected[name]);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(50);
  });

  it.each(['alias-bomb', 'long-string'] as const)(
    'check:questionnaires with %s fails with the problem, no stack trace',
    slow,
    (name) => {
      const { status, stderr } = runCli('check-questionnaires', [writeHostileFile(name)]);
      expect(status).toBe(1);
      expect(stderr).toMatch(expected[name]);
      expect(stderr).not.toMatch(/^\s+at /m);
    },
  );

  it('an answers file over the limit is refused by its size, unread', slow, () => {
    const { status, stderr } = runCli('assess', [
      '--questionnaire',
      'photo-purpose-test',
      '--answers',
      writeAnswers({ description: 'x'.repeat(2 * 1024 * 1024) }),
    ]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^assess: the answers file .* is 2049 kB; at most 1024 kB can be read\n$/);
  });
});
