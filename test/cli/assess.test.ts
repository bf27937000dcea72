import { describe, expect, it } from 'vitest';
import { runCli, writeAnswers } from './run-cli';

const assess = (answers: unknown, ...extra: string[]) =>
  runCli('assess', ['--questionnaire', 'photo-purpose-test', '--answers', writeAnswers(answers), ...extra]);

const ordinary = {
  description: 'Staff photo book on the intranet',
  recognisable: 'yes',
  'household-use': 'no',
  'face-recognition': 'no',
  'image-context': 'own-photography',
  'aimed-at-special': 'no',
  'foreseeable-distinction': 'no',
  unavoidable: 'yes',
};

describe('assess: the headless contract', () => {
  it('complete answers print the outcome with its reasoning path and exit 0', () => {
    const { status, stdout } = assess(ordinary, '--lang', 'en');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual([
      'questionnaire',
      'complete',
      'next',
      'outcome',
      'path',
      'risks',
      'measures',
      'warnings',
      'calculations',
      'handoffs',
      'sources',
    ]);
    expect(result).toMatchObject({
      questionnaire: { id: 'photo-purpose-test', version: expect.any(String) },
      complete: true,
      next: null,
    });
    expect(result.outcome).toMatchObject({ id: 'ordinary-personal-data', level: 'low' });
    expect(result.path.map((step: { question: string }) => step.question)).toEqual(Object.keys(ordinary));
    for (const step of result.path) expect(step.source.length).toBeGreaterThan(0);
  });

  it('Dutch is the default language and English is complete', () => {
    const nl = JSON.parse(assess(ordinary).stdout);
    const en = JSON.parse(assess(ordinary, '--lang', 'en').stdout);
    expect(nl.outcome.verdict).not.toBe(en.outcome.verdict);
    expect(nl.questionnaire.title).not.toBe(en.questionnaire.title);
  });

  it('answers that stop before an outcome exit 3 and name the next question', () => {
    const { status, stdout } = assess({ description: 'Class photo', recognisable: 'yes' });
    expect(status).toBe(3);
    expect(JSON.parse(stdout)).toMatchObject({ complete: false, next: 'household-use', outcome: null });
  });

  it.each([
    ['an unknown question', { ...ordinary, colour: 'red' }, /"colour"/],
    ['an unknown option', { ...ordinary, 'image-context': 'instagram' }, /"image-context".*not valid/],
    ['a value of the wrong type', { ...ordinary, recognisable: true }, /question "recognisable"/],
    [
      'an answer to a question off the path',
      { description: 'x', recognisable: 'no', unavoidable: 'yes' },
      /"unavoidable" is not on the path/,
    ],
  ])('%s exits 2 with a one-line message naming the question', (_case, answers, message) => {
    const { status, stderr, stdout } = assess(answers);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unknown questionnaire exits 2 and lists the built-in ones', () => {
    const { status, stderr } = runCli('assess', ['--questionnaire', 'no-such-test', '--answers', writeAnswers({})]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown questionnaire "no-such-test" \(built in: .*photo-purpose-test/);
  });

  it('an answers file that is not JSON exits 2 naming the file', () => {
    const file = writeAnswers('{ not json');
    const { status, stderr } = runCli('assess', ['--questionnaire', 'photo-purpose-test', '--answers', file]);
    expect(status).toBe(2);
    expect(stderr).toContain(`cannot read the answers file ${file}`);
  });

  it('a malformed questionnaire file exits 2 naming the file, the line and the problem', () => {
    const { status, stderr } = runCli('assess', [
      '--questionnaire',
      'test/fixtures/cli/unreachable-question.yaml',
      '--answers',
      writeAnswers({}),
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain(
      'test/fixtures/cli/unreachable-question.yaml:12 $.questions[1].id: "orphan" can never be reached',
    );
  });
});

describe('check:questionnaires', () => {
  it('passes the built-in questionnaires and prints the path count of each', () => {
    const { status, stdout } = runCli('check-questionnaires', []);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^photo-purpose-test \d+\.\d+\.\d+: \d+ questions, 5 outcomes, \d+ paths, nl\+en complete, scenarios checked — ok$/m,
    );
  });

  it('fails a broken file with the file, the JSON path and what is wrong', () => {
    const { status, stderr } = runCli('check-questionnaires', ['test/fixtures/cli/unreachable-question.yaml']);
    expect(status).toBe(1);
    expect(stderr).toContain(
      'test/fixtures/cli/unreachable-question.yaml:12 $.questions[1].id: "orphan" can never be reached from the first question',
    );
  });
});
