import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { builtInQuestionnaires } from '../../src/app/start/built-in-questionnaires';
import { fromData } from '../../src/app/start/load-questionnaire';
import { allQuestionTypes } from '../fixtures/all-question-types';
import { photo, photoFile, questionnaireData } from './photo-questionnaire';
import { renderApp, startQuestionnaire } from './render-app';

describe('the start screen', () => {
  it('lists every built-in questionnaire with its title, what it is for, and a button to start it', () => {
    const { t } = renderApp(builtInQuestionnaires);
    expect(builtInQuestionnaires.length).toBe(3);
    expect(builtInQuestionnaires.some(({ file }) => file.endsWith('.scenarios.yaml'))).toBe(false);
    for (const { file } of builtInQuestionnaires) {
      const { title, intro } = questionnaireData(file.replace(/^questionnaires\/|\.yaml$/g, ''));
      expect(screen.getByRole('heading', { level: 3, name: title.nl })).toBeInTheDocument();
      expect(screen.getByText(intro.nl)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: t('start.begin', { title: title.nl }) })).toBeEnabled();
    }
  });

  it('lists a questionnaire from its summary alone, loading the whole file only when it is started', async () => {
    let loads = 0;
    const counted = { ...photoFile, load: () => ((loads += 1), photoFile.load()) };
    const app = renderApp([counted]);
    expect(loads).toBe(0);
    await startQuestionnaire(app, photo.title.nl);
    expect(loads).toBe(1);
  });

  it('a built-in questionnaire that fails validation is named with its problem when opened, and the others still start', async () => {
    const broken = fromData('questionnaires/broken.yaml', {
      ...allQuestionTypes,
      questions: [{ ...allQuestionTypes.questions[0], next: 'nowhere' }],
    });
    const app = renderApp([broken, photoFile]);
    await app.user.click(
      screen.getByRole('button', { name: app.t('start.begin', { title: allQuestionTypes.title.nl }) }),
    );
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: app.t('problems.heading', { file: 'questionnaires/broken.yaml' }) }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      '$.questions[0].next: leidt naar "nowhere", maar dat is geen vraag en geen uitkomst',
    );
    await startQuestionnaire(app, photo.title.nl);
  });

  it('a built-in file that is not a questionnaire at all is named, not a crash', () => {
    const { t } = renderApp([fromData('questionnaires/empty.yaml', null)]);
    expect(
      screen.getByRole('heading', { name: t('problems.heading', { file: 'questionnaires/empty.yaml' }) }),
    ).toBeInTheDocument();
    expect(screen.getByText(t('start.none'))).toBeInTheDocument();
  });
});
