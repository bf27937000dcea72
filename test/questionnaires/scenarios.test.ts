import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { replay } from '../../src/engine/replay';
import { scenarioProblems } from '../../src/engine/scenario-check';
import { scenarioFileSchema } from '../../src/engine/scenario-schema';
import { builtInFiles, loadQuestionnaireFile, scenarioFileOf } from '../../src/cli/questionnaire-files';
import { runCli, writeAnswers } from '../cli/run-cli';

/** Every worked case of every built-in questionnaire, through the replay the app uses and through the CLI. */
describe.each(builtInFiles().map((file) => [basename(file), file]))('%s', (_name, file) => {
  const parsed = loadQuestionnaireFile(file);
  it('passes every check', () => expect(parsed).toMatchObject({ ok: true }));
  if (!parsed.ok) return;
  const compiled = compile(parsed.value);
  const { scenarios } = scenarioFileSchema.parse(parse(readFileSync(scenarioFileOf(file), 'utf8')));

  it('reaches every outcome in at least one worked scenario', () => {
    const reached = new Set(scenarios.map((scenario) => scenario.expect.outcome));
    expect([...compiled.outcomes.keys()].filter((id) => !reached.has(id))).toEqual([]);
  });

  describe.each(scenarios.map((scenario) => [scenario.id, scenario]))('scenario %s', (_id, scenario) => {
    it(`replays to ${scenario.expect.outcome}${scenario.expect.calculations ? ' with the expected figures' : ''}`, () => {
      expect(replay(compiled, scenario.answers).outcome?.id).toBe(scenario.expect.outcome);
      expect(scenarioProblems(compiled, scenario)).toEqual([]);
    });

    it(`the CLI answers ${scenario.expect.outcome} and exits 0`, () => {
      const { status, stdout } = runCli('assess', ['--questionnaire', parsed.value.id, '--answers', writeAnswers(scenario.answers)]);
      expect(status).toBe(0);
      const printed = JSON.parse(stdout);
      expect(printed.outcome.id).toBe(scenario.expect.outcome);
      for (const [id, percent] of Object.entries(scenario.expect.calculations ?? {})) {
        const calculation = printed.calculations.find((candidate: { id: string }) => candidate.id === id);
        expect(Math.abs(calculation.overPeriod * 100 - percent)).toBeLessThanOrEqual(0.05);
      }
    });
  });
});
