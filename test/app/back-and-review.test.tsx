import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/engine/answer-schema';
import { photo, photoFile } from './photo-questionnaire';
import {
  pressNext,
  questionHeading,
  renderApp,
  showOutcome,
  startQuestionnaire,
  verdictOnScreen,
  walk,
} from './render-app';

const text = (id: string) => photo.questions.find((question) => question.id === id)!.text.nl;
const optionLabel = (id: string, option: string) => {
  const question = photo.questions.find((candidate) => candidate.id === id)!;
  return 'options' in question ? question.options.find((candidate) => candidate.id === option)!.label.nl : option;
};
const verdict = (id: string) => photo.outcomes.find((outcome) => outcome.id === id)!.verdict.nl;

const ordinaryTeamsPhoto: Record<string, AnswerValue> = {
  description: 'Camerabeeld van collega’s in een Teams-overleg',
  recognisable: 'yes',
  'household-use': 'no',
  'face-recognition': 'no',
  'image-context': 'teams-meeting',
  'aimed-at-special': 'no',
  'foreseeable-distinction': 'no',
  unavoidable: 'yes',
};

async function openPhotoTest() {
  const app = renderApp([photoFile], 'nl');
  await startQuestionnaire(app, photo.title.nl);
  return app;
}

describe('stepping back', () => {
  it('Back returns to the previous question with the answer pre-filled', async () => {
    const app = await openPhotoTest();
    const { user, t } = app;
    await user.type(screen.getByRole('textbox', { name: text('description') }), 'Teamfoto');
    await pressNext(app);
    await user.click(screen.getByRole('radio', { name: t('answer.yes') }));
    await pressNext(app);
    expect(questionHeading()).toHaveTextContent(text('household-use'));

    await user.click(screen.getByRole('button', { name: t('step.back') }));
    expect(questionHeading()).toHaveTextContent(text('recognisable'));
    expect(screen.getByRole('radio', { name: t('answer.yes') })).toBeChecked();

    await user.click(screen.getByRole('button', { name: t('step.back') }));
    expect(screen.getByRole('textbox', { name: text('description') })).toHaveValue('Teamfoto');
  });

  it('Back is disabled on the first question, where the machine cannot go back', async () => {
    const { t } = await openPhotoTest();
    expect(screen.getByRole('button', { name: t('step.back') })).toBeDisabled();
  });

  it('each step moves focus to its heading and announces the step', async () => {
    const app = await openPhotoTest();
    const { user, t } = app;
    expect(questionHeading()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(t('step.progress', { step: 1, max: 8 }));
    await user.type(screen.getByRole('textbox', { name: text('description') }), 'Teamfoto');
    await pressNext(app);
    expect(questionHeading()).toHaveTextContent(text('recognisable'));
    expect(questionHeading()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(t('step.progress', { step: 2, max: 8 }));
  });
});

describe('editing from the review', () => {
  it('the review lists every answer on the path with a Change button', async () => {
    const app = await openPhotoTest();
    await walk(app, photo, ordinaryTeamsPhoto, 'nl');
    for (const id of Object.keys(ordinaryTeamsPhoto)) {
      expect(screen.getByRole('button', { name: app.t('review.changeLabel', { question: text(id) }) })).toBeEnabled();
    }
    expect(screen.getByText('Camerabeeld van collega’s in een Teams-overleg')).toBeInTheDocument();
  });

  it('changing an answer so the route changes names the dropped answers and reaches a different outcome', async () => {
    const app = await openPhotoTest();
    const { user, t } = app;
    await walk(app, photo, ordinaryTeamsPhoto, 'nl');
    await user.click(screen.getByRole('button', { name: t('review.changeLabel', { question: text('recognisable') }) }));

    expect(questionHeading()).toHaveTextContent(text('recognisable'));
    expect(screen.getByRole('radio', { name: t('answer.yes') })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: t('answer.no') }));
    await pressNext(app);

    expect(questionHeading()).toHaveTextContent(t('review.heading'));
    const dropped = screen.getByRole('alert');
    expect(dropped).toHaveTextContent(t('review.droppedHeading'));
    for (const id of [
      'household-use',
      'face-recognition',
      'image-context',
      'aimed-at-special',
      'foreseeable-distinction',
      'unavoidable',
    ]) {
      expect(within(dropped).getByText(text(id))).toBeInTheDocument();
    }
    expect(within(dropped).queryByText(text('description'))).not.toBeInTheDocument();

    await showOutcome(app);
    expect(verdictOnScreen(verdict('not-personal-data'))).toBeInTheDocument();
  });

  it('after a change that keeps the route, the later questions come back pre-filled and nothing is dropped', async () => {
    const app = await openPhotoTest();
    const { user, t } = app;
    await walk(app, photo, ordinaryTeamsPhoto, 'nl');
    await user.click(
      screen.getByRole('button', { name: t('review.changeLabel', { question: text('image-context') }) }),
    );
    await user.click(screen.getByRole('radio', { name: optionLabel('image-context', 'own-photography') }));
    await pressNext(app);

    for (const id of ['aimed-at-special', 'foreseeable-distinction']) {
      expect(questionHeading()).toHaveTextContent(text(id));
      expect(screen.getByRole('radio', { name: t('answer.no') })).toBeChecked();
      await pressNext(app);
    }
    expect(screen.getByRole('radio', { name: t('answer.yes') })).toBeChecked();
    await pressNext(app);

    expect(questionHeading()).toHaveTextContent(t('review.heading'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await showOutcome(app);
    expect(verdictOnScreen(verdict('ordinary-personal-data'))).toBeInTheDocument();
  });
});

describe('the outcome screen', () => {
  it('shows the verdict, its level, the reasoning trail with sources, and the sources list', async () => {
    const app = await openPhotoTest();
    const { t } = app;
    await walk(app, photo, ordinaryTeamsPhoto, 'nl');
    await showOutcome(app);

    expect(screen.getByText(t('outcome.level', { level: t('outcome.levels.low') }))).toBeInTheDocument();
    const trail = screen.getByRole('list', { name: t('outcome.trail') });
    expect(within(trail).getAllByRole('listitem')).toHaveLength(8);
    const teams = within(trail).getByText(text('image-context')).closest('li')!;
    expect(teams).toHaveTextContent(
      t('outcome.trailAnswer', { answer: optionLabel('image-context', 'teams-meeting') }),
    );
    expect(teams).toHaveTextContent('SLM Rijk, memo');
    expect(screen.getByRole('heading', { name: t('outcome.risks') })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: t('outcome.likelihood') })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: t('outcome.measures') })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: t('outcome.sources') })).toBeInTheDocument();
  });

  it('goes back to the review, starts over, or returns to the start screen', async () => {
    const app = await openPhotoTest();
    const { user, t } = app;
    await walk(app, photo, ordinaryTeamsPhoto, 'nl');
    await showOutcome(app);

    await user.click(screen.getByRole('button', { name: t('outcome.backToReview') }));
    expect(questionHeading()).toHaveTextContent(t('review.heading'));
    await showOutcome(app);

    await user.click(screen.getByRole('button', { name: t('outcome.startOver') }));
    expect(questionHeading()).toHaveTextContent(text('description'));
    expect(screen.getByRole('textbox', { name: text('description') })).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent(t('step.progress', { step: 1, max: 8 }));

    await walk(app, photo, ordinaryTeamsPhoto, 'nl');
    await showOutcome(app);
    await user.click(screen.getByRole('button', { name: t('app.toStart') }));
    expect(questionHeading()).toHaveTextContent(t('start.heading'));
    expect(questionHeading()).toHaveFocus();
  });
});
