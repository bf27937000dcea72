import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/engine/answer-schema';
import { questionnaireSchema } from '../../src/engine/questionnaire-schema';
import { allQuestionTypes, allQuestionTypesFile } from '../fixtures/all-question-types';
import {
  fillAnswer,
  pressNext,
  questionHeading,
  renderApp,
  showOutcome,
  startQuestionnaire,
  verdictOnScreen,
} from './render-app';

const fixture = questionnaireSchema.parse(allQuestionTypes);
const question = (id: string) => fixture.questions.find((candidate) => candidate.id === id)!;
const text = (id: string) => question(id).text.nl;

const answers: Record<string, AnswerValue> = {
  purpose: 'marketing',
  'data-kinds': ['name', 'health'],
  shared: 'unknown',
  description: 'Een nieuwsbrief aan leden',
  people: 600,
  'start-date': '2025-03-01',
};

async function open() {
  const app = renderApp([allQuestionTypesFile], 'nl');
  await startQuestionnaire(app, fixture.title.nl);
  return app;
}

async function answerAndNext(app: Awaited<ReturnType<typeof open>>, id: string) {
  expect(questionHeading()).toHaveTextContent(text(id));
  await fillAnswer(app, question(id), answers[id]!, 'nl');
  await pressNext(app);
}

describe('every question type', () => {
  it('renders the input that fits its type, with help, hint and sources', async () => {
    const app = await open();
    const { t } = app;

    // single choice: a radio group under the question as legend, with the question's help and the option's help
    expect(screen.getByRole('group', { name: text('purpose') })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Marketing' })).toHaveAccessibleDescription('Ook nieuwsbrieven.');
    expect(screen.getByText('Kies het belangrijkste doel.')).toBeInTheDocument();
    expect(screen.getByText(t('step.why'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'AVG art. 5 lid 1' })).toHaveAttribute(
      'href',
      'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    );
    await answerAndNext(app, 'purpose');

    // multiple choice: checkboxes and the hint to choose all that apply
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByRole('group', { name: text('data-kinds') })).toHaveAccessibleDescription(t('answer.chooseAll'));
    await answerAndNext(app, 'data-kinds');

    // yes/no/unknown: three radios in the app's own words
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['yes', 'no', 'unknown']);
    expect(screen.getByRole('radio', { name: t('answer.unknown') })).toBeInTheDocument();
    await answerAndNext(app, 'shared');

    // text: a textarea labelled by the question, with its length limit as hint
    const box = screen.getByRole('textbox', { name: text('description') });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveAccessibleDescription(t('answer.maxLength', { max: 40 }));
    await answerAndNext(app, 'description');

    // number: min, max, whole numbers and the unit
    const number = screen.getByRole('spinbutton', { name: text('people') });
    expect(number).toHaveAttribute('min', '1');
    expect(number).toHaveAttribute('max', '1000');
    expect(number).toHaveAttribute('step', '1');
    expect(number).toHaveAccessibleDescription(expect.stringContaining('personen'));
    expect(number).toHaveAccessibleDescription(expect.stringContaining(t('answer.rangeBoth', { min: 1, max: 1000 })));
    await answerAndNext(app, 'people');

    // date: a date input
    expect(screen.getByLabelText(text('start-date'))).toHaveAttribute('type', 'date');
    await answerAndNext(app, 'start-date');

    expect(questionHeading()).toHaveTextContent(t('review.heading'));
  });

  it('the review writes every answer out for a reader', async () => {
    const app = await open();
    for (const id of Object.keys(answers)) await answerAndNext(app, id);
    for (const expected of [
      'Marketing',
      'Naam, Gezondheid',
      app.t('answer.unknown'),
      'Een nieuwsbrief aan leden',
      '600 personen',
      '1 maart 2025',
    ]) {
      expect(screen.getByText(expected, { selector: 'dd' })).toBeInTheDocument();
    }
  });

  it('every type comes back pre-filled when changed from the review', async () => {
    const app = await open();
    const { user, t } = app;
    for (const id of Object.keys(answers)) await answerAndNext(app, id);
    const change = async (id: string) => {
      await user.click(screen.getByRole('button', { name: t('review.changeLabel', { question: text(id) }) }));
    };

    await change('purpose');
    expect(screen.getByRole('radio', { name: 'Marketing' })).toBeChecked();
    for (const id of Object.keys(answers)) {
      expect(questionHeading()).toHaveTextContent(text(id));
      if (id === 'data-kinds') {
        expect(screen.getByRole('checkbox', { name: 'Naam' })).toBeChecked();
        expect(screen.getByRole('checkbox', { name: 'E-mailadres' })).not.toBeChecked();
        expect(screen.getByRole('checkbox', { name: 'Gezondheid' })).toBeChecked();
      }
      if (id === 'shared') expect(screen.getByRole('radio', { name: t('answer.unknown') })).toBeChecked();
      if (id === 'description')
        expect(screen.getByRole('textbox', { name: text(id) })).toHaveValue('Een nieuwsbrief aan leden');
      if (id === 'people') expect(screen.getByRole('spinbutton', { name: text(id) })).toHaveValue(600);
      if (id === 'start-date') expect(screen.getByLabelText(text(id))).toHaveValue('2025-03-01');
      await pressNext(app);
    }
    expect(questionHeading()).toHaveTextContent(t('review.heading'));
  });

  it('a number condition routes: 500 people or more ends in the large outcome with its risks', async () => {
    const app = await open();
    const { t } = app;
    for (const id of Object.keys(answers)) await answerAndNext(app, id);
    await showOutcome(app);
    expect(verdictOnScreen('Een grote verwerking: doe een DPIA.')).toBeInTheDocument();
    const risk = screen.getByRole('row', { name: /Veel mensen geraakt bij een lek/ });
    expect(
      within(risk)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '1',
      expect.stringContaining('Veel mensen geraakt bij een lek.'),
      t('outcome.scale.medium'),
      t('outcome.scale.high'),
    ]);
  });
});
