import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtInQuestionnaires } from '../../src/app/start/built-in-questionnaires';
import { assessmentResult } from '../../src/engine/assessment-result';
import { compile } from '../../src/engine/compile';
import { replay } from '../../src/engine/replay';
import { scenarioFileSchema, type Scenario } from '../../src/engine/scenario-schema';
import { questionnaireData } from './photo-questionnaire';
import { renderApp, showOutcome, startQuestionnaire, verdictOnScreen, walk } from './render-app';

/** For every built-in questionnaire, the first worked scenario that reaches each of its outcomes. */
const cases = builtInQuestionnaires.flatMap((file) => {
  const questionnaire = questionnaireData(file.file.replace(/^questionnaires\/|\.yaml$/g, ''));
  const { scenarios } = scenarioFileSchema.parse(
    parse(readFileSync(file.file.replace(/\.yaml$/, '.scenarios.yaml'), 'utf8')),
  );
  const firstPerOutcome = new Map<string, Scenario>();
  for (const scenario of scenarios)
    if (!firstPerOutcome.has(scenario.expect.outcome)) firstPerOutcome.set(scenario.expect.outcome, scenario);
  return [...firstPerOutcome.values()].map((scenario) => ({
    questionnaire,
    scenario,
    name: `${questionnaire.id}: ${scenario.id}`,
  }));
});

describe('every outcome of every questionnaire, reached through the wizard from a worked scenario', () => {
  it.each(cases)('$name', async ({ questionnaire, scenario }) => {
    const app = renderApp(builtInQuestionnaires);
    await startQuestionnaire(app, questionnaire.title.nl);
    const asked = await walk(app, questionnaire, scenario.answers, 'nl');
    expect(asked.sort()).toEqual(Object.keys(scenario.answers).sort());
    await showOutcome(app);

    const compiled = compile(questionnaire);
    const expected = assessmentResult(compiled, replay(compiled, scenario.answers), scenario.answers, 'nl');
    expect(expected.outcome?.id).toBe(scenario.expect.outcome);
    expect(verdictOnScreen(expected.outcome!.verdict)).toBeInTheDocument();
    for (const calculation of expected.calculations) {
      const percent = new Intl.NumberFormat('nl', { style: 'percent', maximumFractionDigits: 2 }).format(
        calculation.overPeriod,
      );
      expect(
        screen.getByText(app.t('calculation.overPeriod', { years: calculation.periodYears, percent })),
      ).toBeInTheDocument();
    }
  });
});
