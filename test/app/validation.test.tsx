import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/engine/answer-schema';
import { questionnaireSchema } from '../../src/engine/questionnaire-schema';
import { languages, type Lang } from '../../src/engine/text';
import { allQuestionTypes, allQuestionTypesFile } from '../fixtures/all-question-types';
import { fillAnswer, pressNext, questionHeading, renderApp, startQuestionnaire, walkTo } from './render-app';

const fixture = questionnaireSchema.parse(allQuestionTypes);
const valid: Record<string, AnswerValue> = {
  purpose: 'research',
  'data-kinds': ['name'],
  shared: 'no',
  description: 'Een nieuwsbrief',
  people: 12,
  'start-date': '2025-03-01',
};

async function openAt(lang: Lang, target: string) {
  const app = renderApp([allQuestionTypesFile], lang);
  await startQuestionnaire(app, fixture.title[lang]);
  await walkTo(app, fixture, valid, lang, target);
  return app;
}

const question = (id: string) => fixture.questions.find((candidate) => candidate.id === id)!;

describe.each(languages)('an answer that does not fit (%s)', (lang) => {
  /** Proves the step shows `message` inline, ties it to the input, and stays on the same question. */
  const expectRejected = (id: string, message: string) => {
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(questionHeading()).toHaveTextContent(question(id).text[lang]);
  };

  it('nothing selected on a single choice asks to choose an answer', async () => {
    const app = await openAt(lang, 'purpose');
    await pressNext(app);
    expectRejected('purpose', app.t('validation.chooseOne'));
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeInvalid();
  });

  it('nothing selected on a multiple choice asks for at least one answer', async () => {
    const app = await openAt(lang, 'data-kinds');
    await pressNext(app);
    expectRejected('data-kinds', app.t('validation.chooseAtLeast', { count: 1 }));
  });

  it('nothing selected on yes/no/unknown asks to choose an answer', async () => {
    const app = await openAt(lang, 'shared');
    await pressNext(app);
    expectRejected('shared', app.t('validation.chooseOne'));
  });

  it('an empty text asks for an answer, and whitespace counts as empty', async () => {
    const app = await openAt(lang, 'description');
    await pressNext(app);
    expectRejected('description', app.t('validation.required'));
    const box = screen.getByRole('textbox', { name: question('description').text[lang] });
    expect(box).toBeInvalid();
    expect(box).toHaveAccessibleDescription(expect.stringContaining(app.t('validation.required')));

    await app.user.type(box, '   ');
    await pressNext(app);
    expectRejected('description', app.t('validation.required'));
  });

  it('a text over its maximum length names the limit', async () => {
    const app = await openAt(lang, 'description');
    await fillAnswer(app, question('description'), 'x'.repeat(41), lang);
    await pressNext(app);
    expectRejected('description', app.t('validation.tooLong', { maximum: 40 }));
  });

  it('a number above the maximum names the maximum, formatted for the language', async () => {
    const app = await openAt(lang, 'people');
    await fillAnswer(app, question('people'), 5000, lang);
    await pressNext(app);
    expectRejected('people', app.t('validation.atMost', { maximum: 1000 }));
    expect(
      screen.getByText(lang === 'nl' ? /1\.000/ : /1,000/, { selector: '.utrecht-form-field-error-message' }),
    ).toBeInTheDocument();
  });

  it('a number below the minimum names the minimum', async () => {
    const app = await openAt(lang, 'people');
    await fillAnswer(app, question('people'), 0, lang);
    await pressNext(app);
    expectRejected('people', app.t('validation.atLeast', { minimum: 1 }));
  });

  it('a fraction where a whole number is asked says so', async () => {
    const app = await openAt(lang, 'people');
    await fillAnswer(app, question('people'), 2.5, lang);
    await pressNext(app);
    expectRejected('people', app.t('validation.integer'));
  });

  it('an empty number asks for a number', async () => {
    const app = await openAt(lang, 'people');
    await pressNext(app);
    expectRejected('people', app.t('validation.number'));
  });

  it('an empty date asks for an answer', async () => {
    const app = await openAt(lang, 'start-date');
    await pressNext(app);
    expectRejected('start-date', app.t('validation.required'));
  });

  it('a corrected answer clears the message and moves on', async () => {
    const app = await openAt(lang, 'people');
    await fillAnswer(app, question('people'), 5000, lang);
    await pressNext(app);
    await fillAnswer(app, question('people'), 600, lang);
    await pressNext(app);
    expect(questionHeading()).toHaveTextContent(question('start-date').text[lang]);
    expect(screen.queryByText(app.t('validation.atMost', { maximum: 1000 }))).not.toBeInTheDocument();
  });
});
