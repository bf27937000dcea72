import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { yesNoUnknown, type AnswerValue } from '../../src/engine/answer-schema';
import { questionnaireSchema, type Question, type Questionnaire } from '../../src/engine/questionnaire-schema';
import { scenarioFileSchema, type Scenario } from '../../src/engine/scenario-schema';
import type { Lang } from '../../src/engine/text';
import { createI18n } from '../../src/i18n/create-i18n';

/** The strings the user sees, in the app's language. */
export const texts = (lang: Lang) => createI18n(lang).t;

/** A built-in questionnaire as its file says, for the tests to take texts and ids from. */
export const questionnaireData = (id: string): Questionnaire =>
  questionnaireSchema.parse(parse(readFileSync(`questionnaires/${id}.yaml`, 'utf8')));

/** A worked scenario of a built-in questionnaire, by its id. */
export function scenario(questionnaireId: string, scenarioId: string): Scenario {
  const { scenarios } = scenarioFileSchema.parse(
    parse(readFileSync(`questionnaires/${questionnaireId}.scenarios.yaml`, 'utf8')),
  );
  const found = scenarios.find((candidate) => candidate.id === scenarioId);
  if (!found) throw new Error(`${questionnaireId} has no scenario "${scenarioId}"`);
  return found;
}

export const builtInIds = ['photo-purpose-test', 'special-category-data', 'cloud-transfer-risk'] as const;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The text of the page's one level-1 heading: the question on screen, or the screen's title. */
export const headingText = async (page: Page) => ((await heading(page).textContent()) ?? '').trim();

/** Switches the app's language with its own switch, from any screen. */
export async function switchLanguage(page: Page, lang: Lang) {
  // Each language's button is named in that language.
  await page.getByRole('button', { name: texts(lang)(`language.${lang}`), exact: true }).click();
  await page.locator(`html[lang="${lang}"]`).waitFor();
}

/** Starts a questionnaire from the start screen and waits for its first question. */
export async function startQuestionnaire(page: Page, questionnaire: Questionnaire, lang: Lang) {
  const t = texts(lang);
  await page.getByRole('button', { name: t('start.begin', { title: questionnaire.title[lang] }) }).click();
  await page.waitForFunction(
    (startHeading) => document.querySelector('h1')?.textContent?.trim() !== startHeading,
    t('start.heading'),
  );
}

/** Fills in the answer to the question on screen, as a user would, without pressing Next. */
export async function fillAnswer(page: Page, question: Question, value: AnswerValue, lang: Lang) {
  const t = texts(lang);
  switch (question.type) {
    case 'yes-no-unknown':
      return page
        .getByRole('radio', { name: t(`answer.${yesNoUnknown.find((id) => id === value)!}`), exact: true })
        .check();
    case 'single-choice': {
      const option = question.options.find((candidate) => candidate.id === value)!;
      return page.getByRole('radio', { name: option.label[lang], exact: true }).check();
    }
    case 'multiple-choice':
      for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
      for (const id of value as string[]) {
        const option = question.options.find((candidate) => candidate.id === id)!;
        await page.getByRole('checkbox', { name: option.label[lang], exact: true }).check();
      }
      return;
    case 'text':
    case 'number':
    case 'date':
      return page.getByLabel(question.text[lang], { exact: true }).fill(String(value));
  }
}

/** The question on screen, found by its heading; fails when the heading is no question of the questionnaire. */
export async function questionOnScreen(page: Page, questionnaire: Questionnaire, lang: Lang) {
  const text = await headingText(page);
  const question = questionnaire.questions.find((candidate) => candidate.text[lang] === text);
  expect(question, `the heading "${text}" is no question of ${questionnaire.id}`).toBeDefined();
  return question!;
}

/** Answers the question on screen and presses Next, then waits for the next screen's heading. */
export async function answerStep(page: Page, question: Question, value: AnswerValue, lang: Lang) {
  await fillAnswer(page, question, value, lang);
  await page.getByRole('button', { name: texts(lang)('step.next'), exact: true }).click();
  await page.waitForFunction(
    (asked) => document.querySelector('h1')?.textContent?.trim() !== asked,
    question.text[lang],
  );
}

/**
 * Walks the wizard from the question on screen to the review, answering what the machine asks from `answers`;
 * `stopAfter` ends the walk early after that many answers. Returns the ids of the questions asked.
 */
export async function walk(
  page: Page,
  questionnaire: Questionnaire,
  answers: Record<string, AnswerValue>,
  lang: Lang,
  stopAfter = Infinity,
) {
  const asked: string[] = [];
  const review = texts(lang)('review.heading');
  while (asked.length < stopAfter) {
    if ((await headingText(page)) === review) return asked;
    const question = await questionOnScreen(page, questionnaire, lang);
    expect(Object.hasOwn(answers, question.id), `the walk has no answer for "${question.id}"`).toBe(true);
    await answerStep(page, question, answers[question.id]!, lang);
    asked.push(question.id);
    if (asked.length > questionnaire.questions.length) throw new Error('the walk did not reach the review');
  }
  return asked;
}

/** From the review, shows the outcome and waits for it. */
export async function showOutcome(page: Page, lang: Lang) {
  await page.getByRole('button', { name: texts(lang)('review.showOutcome') }).click();
  await page.getByRole('heading', { name: texts(lang)('report.downloads') }).waitFor();
}

/** Presses the outcome screen's PDF button and returns the download with its bytes. */
export async function downloadPdf(page: Page, lang: Lang): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: texts(lang)('report.pdf'), exact: true }).click(),
  ]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** The answer the form on screen holds for `question`, read back as the engine would store it. */
export async function answerOnScreen(page: Page, question: Question, lang: Lang): Promise<AnswerValue | undefined> {
  const checkedLabels = async (role: 'radio' | 'checkbox') => {
    const labels: string[] = [];
    for (const box of await page.getByRole(role).all())
      if (await box.isChecked())
        labels.push(
          ((await box.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent)) ?? '').trim(),
        );
    return labels;
  };
  switch (question.type) {
    case 'yes-no-unknown': {
      const [label] = await checkedLabels('radio');
      return yesNoUnknown.find((id) => texts(lang)(`answer.${id}`) === label);
    }
    case 'single-choice': {
      const [label] = await checkedLabels('radio');
      return question.options.find((option) => option.label[lang] === label)?.id;
    }
    case 'multiple-choice': {
      const labels = await checkedLabels('checkbox');
      return question.options.filter((option) => labels.includes(option.label[lang])).map((option) => option.id);
    }
    case 'number':
      return Number(await page.getByLabel(question.text[lang], { exact: true }).inputValue());
    case 'text':
    case 'date':
      return page.getByLabel(question.text[lang], { exact: true }).inputValue();
  }
}
