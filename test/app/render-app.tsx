import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { expect } from 'vitest';
import { yesNoUnknown, type AnswerValue } from '../../src/engine/answer-schema';
import type { Question, Questionnaire } from '../../src/engine/questionnaire-schema';
import type { Lang } from '../../src/engine/text';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { App } from '../../src/app/shell/app';
import { storageOf, type AppStorage } from '../../src/app/backups/app-storage';
import { AssessmentDatabase } from '../../src/storage/database';
import type { QuestionnaireSource } from '../../src/app/start/load-questionnaire';
import { createI18n } from '../../src/i18n/create-i18n';

/** Real storage for a test: Dexie on fake-indexeddb, a database of its own. */
export const testStorage = (privateSession = false): AppStorage =>
  storageOf(new AssessmentDatabase(`test-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange }), privateSession);

/**
 * The real app with a fresh i18next instance in the given language; `t` gives the strings the user should see.
 * Pass the `storage` of an earlier render to mount the app again on the same stored assessments.
 */
export function renderApp(
  questionnaires: QuestionnaireSource[],
  lang: Lang = 'nl',
  storage: AppStorage = testStorage(),
) {
  const i18n = createI18n(lang);
  const user = userEvent.setup();
  const rendered = render(
    <I18nextProvider i18n={i18n}>
      <App questionnaires={questionnaires} storage={storage} />
    </I18nextProvider>,
  );
  return { user, i18n, t: i18n.t.bind(i18n), storage, unmount: rendered.unmount };
}

export type AppHandle = ReturnType<typeof renderApp>;

export const questionHeading = () => screen.getByRole('heading', { level: 1 });

/** Fills in the answer to the question on screen, as a user would, without pressing Next. */
export async function fillAnswer({ user, t }: AppHandle, question: Question, value: AnswerValue, lang: Lang) {
  switch (question.type) {
    case 'yes-no-unknown':
      await user.click(screen.getByRole('radio', { name: t(`answer.${yesNoUnknown.find((id) => id === value)!}`) }));
      return;
    case 'single-choice': {
      const option = question.options.find((candidate) => candidate.id === value)!;
      await user.click(screen.getByRole('radio', { name: option.label[lang] }));
      return;
    }
    case 'multiple-choice':
      for (const id of value as string[]) {
        const option = question.options.find((candidate) => candidate.id === id)!;
        await user.click(screen.getByRole('checkbox', { name: option.label[lang] }));
      }
      return;
    case 'text': {
      const box = screen.getByRole('textbox', { name: question.text[lang] });
      await user.clear(box);
      await user.type(box, String(value));
      return;
    }
    case 'number': {
      const box = screen.getByRole('spinbutton', { name: question.text[lang] });
      await user.clear(box);
      await user.type(box, String(value));
      return;
    }
    case 'date': {
      const box = screen.getByLabelText(question.text[lang]);
      await user.clear(box);
      await user.type(box, String(value));
      return;
    }
  }
}

export const pressNext = ({ user, t }: AppHandle) => user.click(screen.getByRole('button', { name: t('step.next') }));

/**
 * Walks the wizard from the question on screen to the review, answering each question the machine asks from `answers`.
 * The route is the questionnaire's business: the walk only fails when it is asked something it has no answer for.
 */
export async function walk(
  app: AppHandle,
  questionnaire: Questionnaire,
  answers: Record<string, AnswerValue>,
  lang: Lang,
) {
  const asked: string[] = [];
  for (let step = 0; step < questionnaire.questions.length + 1; step++) {
    const heading = questionHeading().textContent;
    if (heading === app.t('review.heading')) return asked;
    const question = questionnaire.questions.find((candidate) => candidate.text[lang] === heading);
    expect(question, `the heading "${heading}" is no question of the questionnaire`).toBeDefined();
    expect(Object.hasOwn(answers, question!.id), `the walk has no answer for "${question!.id}"`).toBe(true);
    await fillAnswer(app, question!, answers[question!.id]!, lang);
    await pressNext(app);
    asked.push(question!.id);
  }
  throw new Error('the walk did not reach the review');
}

/** Answers from the question on screen until `target` is on screen, leaving it unanswered. */
export async function walkTo(
  app: AppHandle,
  questionnaire: Questionnaire,
  answers: Record<string, AnswerValue>,
  lang: Lang,
  target: string,
) {
  const text = questionnaire.questions.find((question) => question.id === target)!.text[lang];
  for (let step = 0; step < questionnaire.questions.length; step++) {
    const heading = questionHeading().textContent;
    if (heading === text) return;
    const question = questionnaire.questions.find((candidate) => candidate.text[lang] === heading);
    expect(question, `the heading "${heading}" is no question of the questionnaire`).toBeDefined();
    await fillAnswer(app, question!, answers[question!.id]!, lang);
    await pressNext(app);
  }
  throw new Error(`the walk did not reach "${target}"`);
}

/** Starts a questionnaire from the start screen and waits until it has loaded and shows its first question. */
export async function startQuestionnaire({ user, t }: AppHandle, title: string) {
  await user.click(screen.getByRole('button', { name: t('start.begin', { title }) }));
  // The wizard and the questionnaire load on demand: the first time in a test run, that means transforming them.
  await waitFor(() => expect(questionHeading()).not.toHaveTextContent(t('start.heading')), { timeout: 10_000 });
}

export async function showOutcome({ user, t }: AppHandle) {
  await user.click(screen.getByRole('button', { name: t('review.showOutcome') }));
}

/** The verdict paragraph of the outcome screen. */
export const verdictOnScreen = (verdict: string) => within(screen.getByRole('main')).getByText(verdict);
