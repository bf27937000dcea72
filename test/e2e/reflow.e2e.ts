import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { openApp } from './browser-context';
import { saveScreenshot, screenshotContext, screenshotTime } from './screenshot';
import {
  fillAnswer,
  headingText,
  questionnaireData,
  questionOnScreen,
  scenario,
  startQuestionnaire,
  texts,
} from './wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const t = texts('nl');

/**
 * WCAG 1.4.10's 320 CSS px, and a 1280×800 window at 200% zoom, which lays out in 640×400 CSS px: the layout sees
 * only CSS pixels, so resizing one page between the two checks both without walking every route twice.
 */
const viewports = [
  { name: '320 px wide', size: { width: 320, height: 640 } },
  { name: '200% zoom', size: { width: 640, height: 400 } },
];

/** The whole route of each questionnaire, with every question type among them (Dutch has the longest words). */
const cases = [
  { questionnaire: 'cloud-transfer-risk', scenario: 'teams-health-case-meetings' },
  { questionnaire: 'photo-purpose-test', scenario: 'teams-camera-health-visible' },
  { questionnaire: 'special-category-data', scenario: 'warm-handover-teams-consent' },
];

/**
 * No horizontal scrolling of the page (WCAG 1.4.10). When there is, names the elements that stick out past the
 * viewport and are not inside a scroll container of their own, so a red run says what to fix.
 */
async function expectNoHorizontalScroll(page: Page, screen: string) {
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const scrolls = (element: Element) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(element).overflowX);
    // Too wide itself, or its text spills out of it (a word longer than the line).
    const tooWide = (element: Element) =>
      element.getBoundingClientRect().right > width + 0.5 ||
      (element.getBoundingClientRect().left + element.scrollWidth > width + 0.5 && !scrolls(element));
    const inScrollContainer = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) if (scrolls(parent)) return true;
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')].filter(
      (element) => tooWide(element) && !inScrollContainer(element),
    );
    // The innermost ones are the cause; their ancestors only stick out because of them.
    const innermost = culprits.filter(
      (element) => !culprits.some((other) => other !== element && element.contains(other)),
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      culprits: innermost.slice(0, 8).map((element) => {
        const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
        return `${name} "${(element.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(element.getBoundingClientRect().right)}`;
      }),
    };
  });
  expect(overflow, `${screen} scrolls sideways: ${JSON.stringify(overflow)}`).toBeNull();
}

/**
 * Controls the user must reach: each scrolled to, inside the viewport's width, and the topmost thing at its centre,
 * so a press lands on it (what Playwright's actionability check asks, for all of them in one round trip).
 */
async function expectUsable(controls: Locator, screen: string) {
  const problems = await controls.evaluateAll((elements) =>
    elements.flatMap((element) => {
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = element.getBoundingClientRect();
      const name = `${element.tagName.toLowerCase()} "${element.textContent?.trim() || element.id}"`;
      if (box.width === 0 || box.height === 0) return [`${name} is not shown`];
      if (box.left < 0 || box.right > window.innerWidth + 0.5)
        return [`${name} spans ${Math.round(box.left)}–${Math.round(box.right)}, outside 0–${window.innerWidth}`];
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      // A visually hidden file input is pressed through its label, which the design system draws as its button.
      const pressedThroughLabel = hit instanceof HTMLLabelElement && hit.control === element;
      return hit === element || element.contains(hit) || pressedThroughLabel
        ? []
        : [`${name} is covered by ${hit?.outerHTML.slice(0, 80)}`];
    }),
  );
  expect(problems, screen).toEqual([]);
}

/**
 * Checks the screen at each size; the last size is the one the next press happens at, and `step` alternates the
 * order, so answers and Next are really pressed at both sizes along a route.
 */
async function atEachSize(page: Page, step: number, check: (size: string) => Promise<void>) {
  for (const { name, size } of step % 2 === 0 ? viewports : [...viewports].reverse()) {
    await page.setViewportSize(size);
    await check(name);
  }
}

describe('reflow at 320 px wide and at 200% zoom: no sideways scrolling, every control reachable', () => {
  it('the start screen', async () => {
    const page = await openApp(browser);
    await atEachSize(page, 0, async (size) => {
      await expectNoHorizontalScroll(page, `the start screen at ${size}`);
      await expectUsable(page.getByRole('button'), `the start screen at ${size}`);
    });
    await page.context().close();
  });

  it.each(cases)('every question, the review and the outcome of $questionnaire', async (names) => {
    const questionnaire = questionnaireData(names.questionnaire);
    const { answers } = scenario(names.questionnaire, names.scenario);
    const page = await openApp(browser, { timezoneId: screenshotContext.timezoneId });
    // The assessment's title carries the date; a fixed one keeps the screenshot stable.
    await page.clock.setFixedTime(screenshotTime());
    await startQuestionnaire(page, questionnaire, 'nl');
    const next = page.getByRole('button', { name: t('step.next'), exact: true });
    for (let step = 0; (await headingText(page)) !== t('review.heading'); step++) {
      const question = await questionOnScreen(page, questionnaire, 'nl');
      await atEachSize(page, step, async (size) => {
        const screen = `question "${question.id}" at ${size}`;
        await expectNoHorizontalScroll(page, screen);
        await expectUsable(page.locator('form.question-step :is(input, textarea)'), screen);
        await expectUsable(next, screen);
        if (question.id === 'provider' && size === viewports[0]!.name) {
          await page.evaluate(() => window.scrollTo(0, 0));
          await saveScreenshot(page, 'question-320');
        }
      });
      await fillAnswer(page, question, answers[question.id]!, 'nl');
      await next.click();
      await page.waitForFunction(
        (asked) => document.querySelector('h1')?.textContent?.trim() !== asked,
        question.text.nl,
      );
    }
    const showOutcome = page.getByRole('button', { name: t('review.showOutcome') });
    await atEachSize(page, 0, async (size) => {
      await expectNoHorizontalScroll(page, `the review at ${size}`);
      await expectUsable(showOutcome, `the review at ${size}`);
    });
    await showOutcome.click();
    await page.getByRole('heading', { level: 1, name: t('outcome.heading') }).waitFor();
    await atEachSize(page, 1, async (size) => {
      await expectNoHorizontalScroll(page, `the outcome at ${size}`);
      await expectUsable(page.getByRole('main').getByRole('button'), `the outcome at ${size}`);
    });
    await page.context().close();
  });
});
