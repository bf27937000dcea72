import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtInQuestionnaires } from '../../src/app/start/built-in-questionnaires';
import { questionnaireData } from './photo-questionnaire';
import { scenarioFileSchema } from '../../src/engine/scenario-schema';
import { fillAnswer, pressNext, questionHeading, renderApp, startQuestionnaire, walkTo } from './render-app';

const dtia = questionnaireData('cloud-transfer-risk');
const { scenarios } = scenarioFileSchema.parse(
  parse(readFileSync('questionnaires/cloud-transfer-risk.scenarios.yaml', 'utf8')),
);
const teams = scenarios.find((scenario) => scenario.id === 'teams-health-case-meetings')!;
const question = (id: string) => dtia.questions.find((candidate) => candidate.id === id)!;

describe('the DTIA refuses a figure at the step', () => {
  it.each([
    ['assessment-period', 11, 'validation.atMost', { maximum: 10 }],
    ['assessment-period', 0, 'validation.atLeast', { minimum: 1 }],
    ['acceptance-threshold', 150, 'validation.atMost', { maximum: 100 }],
    ['fisa-targeting', 1.5, 'validation.atMost', { maximum: 1 }],
  ] as const)('%s = %s is refused with a message, and the step stays', async (id, value, key, limits) => {
    const app = renderApp(builtInQuestionnaires, 'en');
    await startQuestionnaire(app, dtia.title.en);
    await walkTo(app, dtia, teams.answers, 'en', id);
    await fillAnswer(app, question(id), value, 'en');
    await pressNext(app);
    expect(await screen.findByText(app.t(key, limits))).toBeInTheDocument();
    expect(questionHeading()).toHaveTextContent(question(id).text.en);
  });

  it('a probability question starts at its stated assumption for the provider', async () => {
    const app = renderApp(builtInQuestionnaires, 'en');
    await startQuestionnaire(app, dtia.title.en);
    await walkTo(app, dtia, teams.answers, 'en', 'assessment-period');
    expect(screen.getByRole('spinbutton', { name: question('assessment-period').text.en })).toHaveValue(5);
  });

  it('an assumption depends on the provider chosen earlier', async () => {
    const prefill = (provider: string) => {
      const fisa = question('fisa-not-challenged');
      return fisa.type === 'number'
        ? fisa.prefill?.find((candidate) => candidate.when && JSON.stringify(candidate.when).includes(provider))?.value
        : undefined;
    };
    expect(teams.answers.provider).toBe('microsoft');
    const app = renderApp(builtInQuestionnaires, 'en');
    await startQuestionnaire(app, dtia.title.en);
    await walkTo(app, dtia, teams.answers, 'en', 'fisa-not-challenged');
    expect(prefill('microsoft')).toBeDefined();
    expect(screen.getByRole('spinbutton', { name: question('fisa-not-challenged').text.en })).toHaveValue(
      prefill('microsoft'),
    );
  });
});
