import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioFileSchema } from '../../src/engine/scenario-schema';
import { runCli, writeAnswers } from './run-cli';

const { scenarios } = scenarioFileSchema.parse(
  parse(readFileSync('questionnaires/cloud-transfer-risk.scenarios.yaml', 'utf8')),
);
const teams = scenarios.find((scenario) => scenario.id === 'teams-health-case-meetings')!;

describe('the DTIA refuses figures that are no period, probability or percentage', () => {
  it.each([
    ['a period of 11 years', 'assessment-period', 11],
    ['a period of 0 years', 'assessment-period', 0],
    ['a period of 2.5 years', 'assessment-period', 2.5],
    ['a probability above 1', 'fisa-targeting', 1.5],
    ['a negative probability', 'eo-transit', -0.1],
    ['a threshold above 100 %', 'acceptance-threshold', 150],
    ['a threshold given as text', 'acceptance-threshold', '5%'],
  ])('%s exits 2 naming the question', (_case, question, value) => {
    const { status, stderr, stdout } = runCli('assess', [
      '--questionnaire',
      'cloud-transfer-risk',
      '--answers',
      writeAnswers({ ...teams.answers, [question]: value }),
    ]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`"${question}"`);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
