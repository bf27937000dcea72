import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/engine/answer-schema';
import { languages } from '../../src/engine/text';
import { photo, photoFile } from './photo-questionnaire';
import { renderApp, showOutcome, startQuestionnaire, verdictOnScreen, walk } from './render-app';

const recognisableTeamPhoto = {
  description: 'Foto van het team in een Teams-vergadering',
  recognisable: 'yes',
  'household-use': 'no',
};
const noFaceRecognition = { ...recognisableTeamPhoto, 'face-recognition': 'no', 'image-context': 'teams-meeting' };

const cases: { rule: string; answers: Record<string, AnswerValue>; outcome: string }[] = [
  {
    rule: 'a photo without recognisable people is not personal data',
    answers: { description: 'Foto van een leeg kantoor', recognisable: 'no' },
    outcome: 'not-personal-data',
  },
  {
    rule: 'a photo for household use only falls outside the GDPR',
    answers: { ...recognisableTeamPhoto, 'household-use': 'yes' },
    outcome: 'outside-gdpr',
  },
  {
    rule: 'a photo used for face recognition is biometric data',
    answers: { ...recognisableTeamPhoto, 'face-recognition': 'yes' },
    outcome: 'biometric-data',
  },
  {
    rule: 'a photo aimed at religion ends in special category data',
    answers: { ...noFaceRecognition, 'aimed-at-special': 'yes' },
    outcome: 'special-category-data',
  },
  {
    rule: 'a photo that unavoidably shows ordinary details is ordinary personal data',
    answers: { ...noFaceRecognition, 'aimed-at-special': 'no', 'foreseeable-distinction': 'no', unavoidable: 'yes' },
    outcome: 'ordinary-personal-data',
  },
];

describe.each(languages)('the photo purpose test in %s', (lang) => {
  it.each(cases)('$rule', async ({ answers, outcome }) => {
    const app = renderApp([photoFile], lang);
    await startQuestionnaire(app, photo.title[lang]);
    await walk(app, photo, answers, lang);
    await showOutcome(app);

    const expected = photo.outcomes.find((candidate) => candidate.id === outcome)!;
    expect(verdictOnScreen(expected.verdict[lang])).toBeInTheDocument();
  });
});

describe('the outcome screen shows the risks on a likelihood × severity matrix', () => {
  it('each risk number sits in the cell of its likelihood and severity', async () => {
    const app = renderApp([photoFile], 'nl');
    await startQuestionnaire(app, photo.title.nl);
    await walk(
      app,
      photo,
      {
        description: 'Gezichtsherkenning bij de poort',
        recognisable: 'yes',
        'household-use': 'no',
        'face-recognition': 'yes',
      },
      'nl',
    );
    await showOutcome(app);
    const risks = photo.outcomes.find((outcome) => outcome.id === 'biometric-data')!.risks;
    const matrix = screen.getByRole('table', { name: app.t('report.matrix') });
    risks.forEach((risk, index) => {
      const row = within(matrix).getByRole('row', {
        name: new RegExp(`^${app.t(`outcome.scale.${risk.likelihood}`)}`),
      });
      const column = ['low', 'medium', 'high'].indexOf(risk.severity);
      expect(within(row).getAllByRole('cell')[column]).toHaveTextContent(String(index + 1));
    });
  });
});
