import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { builtInQuestionnaires } from '../../src/app/start/built-in-questionnaires';
import { photo, questionnaireData } from './photo-questionnaire';
import { questionHeading, renderApp, showOutcome, startQuestionnaire, walk, walkTo } from './render-app';

const special = questionnaireData('special-category-data');
const textOf = (id: string) => special.questions.find((question) => question.id === id)!.text.nl;
const labelOf = (question: string, option: string) => {
  const found = special.questions.find((candidate) => candidate.id === question)!;
  return 'options' in found ? found.options.find((candidate) => candidate.id === option)!.label.nl : option;
};

describe('a photo outcome hands off to the special category questionnaire with what is known', () => {
  it('face recognition starts the art. 9 questionnaire past the description and categories, offering the biometric route', async () => {
    const app = renderApp(builtInQuestionnaires);
    await startQuestionnaire(app, photo.title.nl);
    await walk(
      app,
      photo,
      {
        description: 'Toegangspoort met gezichtsherkenning',
        recognisable: 'yes',
        'household-use': 'no',
        'face-recognition': 'yes',
      },
      'nl',
    );
    await showOutcome(app);
    await app.user.click(screen.getByRole('button', { name: app.t('handoff.start', { title: special.title.nl }) }));
    await waitFor(() => expect(questionHeading()).not.toHaveTextContent(app.t('outcome.heading')));

    // Nothing is asked twice: the carried description and category answer their questions.
    expect(questionHeading()).not.toHaveTextContent(textOf('description'));
    expect(questionHeading()).not.toHaveTextContent(textOf('categories'));
    await walkTo(app, special, { 'criminal-data': 'no', bsn: 'no', 'cloud-service': 'none' }, 'nl', 'exception');

    // The UAVG route offered is the one that fits the carried category, and no other.
    expect(
      screen.getByRole('radio', { name: labelOf('exception', 'biometric-authentication-security') }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: labelOf('exception', 'ethnic-identification') })).toBeNull();
    expect(screen.getByRole('radio', { name: labelOf('exception', 'explicit-consent') })).toBeInTheDocument();
  });
});
