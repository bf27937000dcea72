import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { builtInQuestionnaires } from '../../src/app/built-in-questionnaires';
import { questionnaireSchema } from '../../src/engine/questionnaire-schema';
import { allQuestionTypes } from '../fixtures/all-question-types';
import { photo, photoFile } from './photo-questionnaire';
import { renderApp } from './render-app';

describe('the start screen', () => {
  it('lists every built-in questionnaire with its title, what it is for, and a button to start it', () => {
    const { t } = renderApp(builtInQuestionnaires);
    expect(builtInQuestionnaires.length).toBeGreaterThan(0);
    expect(builtInQuestionnaires.some(({ file }) => file.endsWith('.scenarios.yaml'))).toBe(false);
    for (const { data } of builtInQuestionnaires) {
      const { title, intro } = questionnaireSchema.parse(data);
      expect(screen.getByRole('heading', { level: 2, name: title.nl })).toBeInTheDocument();
      expect(screen.getByText(intro.nl)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: t('start.begin', { title: title.nl }) })).toBeEnabled();
    }
  });

  it('a built-in questionnaire that fails validation is named with its problem, and the others still start', () => {
    const broken = {
      file: 'questionnaires/broken.yaml',
      data: { ...allQuestionTypes, questions: [{ ...allQuestionTypes.questions[0], next: 'nowhere' }] },
    };
    const { t } = renderApp([broken, photoFile]);
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: t('problems.heading', { file: 'questionnaires/broken.yaml' }) }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      '$.questions[0].next: leads to "nowhere", which is neither a question nor an outcome',
    );
    expect(screen.getByRole('button', { name: t('start.begin', { title: photo.title.nl }) })).toBeEnabled();
  });

  it('a built-in file that is not a questionnaire at all is named, not a crash', () => {
    const { t } = renderApp([{ file: 'questionnaires/empty.yaml', data: null }]);
    expect(
      screen.getByRole('heading', { name: t('problems.heading', { file: 'questionnaires/empty.yaml' }) }),
    ).toBeInTheDocument();
    expect(screen.getByText(t('start.none'))).toBeInTheDocument();
  });
});
