import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { AnswerValue } from '../../src/engine/answer-schema';
import type { Question } from '../../src/engine/questionnaire-schema';
import { assessmentResult } from '../../src/engine/assessment-result';
import { compile } from '../../src/engine/compile';
import { replay } from '../../src/engine/replay';
import { launchChromium } from '../browser/chromium';
import { openApp } from './browser-context';
import { headingText, questionnaireData, questionOnScreen, scenario, texts } from './wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const t = texts('nl');

/** One worked case per questionnaire; together they meet every question type, the date field included. */
const cases = [
  { questionnaire: 'photo-purpose-test', scenario: 'teams-camera-health-visible' },
  { questionnaire: 'special-category-data', scenario: 'warm-handover-teams-consent' },
  { questionnaire: 'cloud-transfer-risk', scenario: 'teams-health-case-meetings' },
];

/** Whether the focus is on `target`: a locator, or any element matching a CSS selector. */
const isFocused = (page: Page, target: Locator | string) =>
  typeof target === 'string'
    ? page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, target)
    : target.evaluate((element) => element === document.activeElement);

/** The focused element shows where it is: an outline or a box shadow (WCAG 2.4.7). */
async function expectVisibleFocus(page: Page) {
  const style = await page.evaluate(() => {
    const element = document.activeElement!;
    const { outlineStyle, outlineWidth, boxShadow } = getComputedStyle(element);
    return { element: element.outerHTML.slice(0, 120), outlineStyle, outlineWidth, boxShadow };
  });
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  expect(outlined || style.boxShadow !== 'none', `no visible focus on ${style.element}`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails when it never gets it. */
async function tabTo(page: Page, target: Locator | string, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 60) {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(page, target)) {
      await expectVisibleFocus(page);
      return;
    }
  }
  throw new Error(`${max} presses of ${key} never reached ${String(target)}`);
}

const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement).value);

/** A date as typed into a date field whose parts come day-month-year, month-day-year or year-month-day. */
const dateOrders = [
  ([year, month, day]: string[]) => `${day}${month}${year}`,
  ([year, month, day]: string[]) => `${month}${day}${year}`,
  ([year, month, day]: string[]) => `${year}${month}${day}`,
];

/**
 * Types a date into the focused date field. Chromium orders the field's parts by its interface language (Debian's
 * package without chromium-l10n knows only en-US), so each order is tried from the field's first part until the
 * field holds the date. Tab and Shift+Tab move between the parts, so leaving and re-entering finds the first part.
 */
async function typeDate(page: Page, field: Locator, iso: string) {
  for (const order of dateOrders) {
    await page.keyboard.type(order(iso.split('-')));
    if ((await field.inputValue()) === iso) return;
    while (await isFocused(page, field)) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
  }
}

/** Gives the answer to the question on screen with the keyboard alone, leaving the focus in the answer. */
async function answerByKeyboard(page: Page, question: Question, value: AnswerValue) {
  const form = page.locator('form.question-step');
  switch (question.type) {
    case 'single-choice':
    case 'yes-no-unknown': {
      // Tab enters a radio group once, on its chosen option or its first; arrow keys move and choose.
      await tabTo(page, 'form.question-step input[type="radio"]');
      const options = await form.locator('input[type="radio"]').count();
      for (let moves = 0; (await focusedValue(page)) !== value; moves++) {
        if (moves > options) throw new Error(`no option "${String(value)}" in ${question.id}`);
        await page.keyboard.press('ArrowDown');
      }
      await expectVisibleFocus(page);
      await page.keyboard.press('Space');
      expect(await form.locator('input[type="radio"]:checked').getAttribute('value')).toBe(value);
      return;
    }
    case 'multiple-choice': {
      const wanted = value as string[];
      for (const box of await form.locator('input[type="checkbox"]').all()) {
        await tabTo(page, box);
        const chosen = wanted.includes((await box.getAttribute('value'))!);
        if ((await box.isChecked()) !== chosen) await page.keyboard.press('Space');
        expect(await box.isChecked()).toBe(chosen);
      }
      return;
    }
    case 'text':
    case 'number':
    case 'date': {
      const field = form.locator(question.type === 'text' ? 'textarea' : 'input');
      await tabTo(page, field);
      if (question.type === 'date') {
        await typeDate(page, field, String(value));
      } else {
        // A prefilled starting value is replaced as a user would: select it all and type over it.
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(String(value));
      }
      const typed = await field.inputValue();
      expect(question.type === 'number' ? Number(typed) : typed).toBe(value);
    }
  }
}

/** A pattern matching exactly this text. */
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The step change is announced: the live region that was on screen before now names the new step. */
async function expectAnnounced(page: Page, expected: RegExp) {
  const region = page.locator('.assessment [role="status"]');
  // Gives the new text a moment to arrive; the assertion below then names what is there.
  await page
    .waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('.assessment [role="status"]')?.textContent ?? ''),
      expected.source,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  expect(await region.textContent()).toMatch(expected);
  // Announced only if the same region changed in place; a region added afresh is often not read at all.
  expect(await region.evaluate((element) => element.hasAttribute('data-seen'))).toBe(true);
}

/** Marks the live region as seen now, so the next step can prove it changed in place. */
const markLiveRegion = (page: Page) =>
  page.locator('.assessment [role="status"]').evaluate((element) => element.setAttribute('data-seen', ''));

/** The focus is on the new screen's level-1 heading, or inside it (a question's label). */
async function expectFocusOnHeading(page: Page, text: string) {
  await page.waitForFunction(() => {
    const heading = document.querySelector('h1');
    return heading !== null && heading.contains(document.activeElement);
  });
  expect(await headingText(page)).toBe(text);
}

/** The step number in the progress text, whatever the maximum is on this route. */
const progressPattern = (step: number) =>
  new RegExp(exactly(t('step.progress', { step, max: 999 })).source.replace('999', '\\d+'));

describe('a whole assessment with the keyboard alone, from the start screen to the outcome', () => {
  it.concurrent.each(cases)('$questionnaire: $scenario', async (names) => {
    const questionnaire = questionnaireData(names.questionnaire);
    const { answers } = scenario(names.questionnaire, names.scenario);
    const page = await openApp(browser, { locale: 'nl-NL' });
    const start = page.getByRole('button', { name: t('start.begin', { title: questionnaire.title.nl }) });
    await tabTo(page, start);
    await page.keyboard.press('Enter');

    const asked: string[] = [];
    let heading = questionnaire.questions[0]!.text.nl;
    while (heading !== t('review.heading')) {
      await expectFocusOnHeading(page, heading);
      const question = await questionOnScreen(page, questionnaire, 'nl');
      asked.push(question.id);
      if (asked.length > 1) await expectAnnounced(page, progressPattern(asked.length));
      await markLiveRegion(page);

      await answerByKeyboard(page, question, answers[question.id]!);
      const next = page.getByRole('button', { name: t('step.next'), exact: true });
      await tabTo(page, next);
      if (asked.length === 1) {
        // The order holds backwards too: Shift+Tab from Next leads back through the step to the answer.
        await tabTo(page, page.locator('form.question-step textarea'), 'Shift+Tab');
        await tabTo(page, next);
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction((asked) => document.querySelector('h1')?.textContent?.trim() !== asked, heading);
      heading = await headingText(page);
      if (asked.length > questionnaire.questions.length) throw new Error('the walk did not reach the review');
    }
    // A worked case answers exactly the questions on its route.
    expect(asked.sort()).toEqual(Object.keys(answers).sort());

    await expectFocusOnHeading(page, t('review.heading'));
    await expectAnnounced(page, exactly(t('review.status', { count: asked.length })));
    await markLiveRegion(page);
    await tabTo(page, page.getByRole('button', { name: t('review.showOutcome') }));
    await page.keyboard.press('Enter');

    await expectFocusOnHeading(page, t('outcome.heading'));
    const compiled = compile(questionnaire);
    const { outcome } = assessmentResult(compiled, replay(compiled, answers), answers, 'nl');
    await expectAnnounced(page, exactly(t('outcome.status', { verdict: outcome!.verdict })));
    await page.context().close();
  });
});
