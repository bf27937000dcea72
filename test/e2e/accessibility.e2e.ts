import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Question } from '../../src/engine/questionnaire-schema';
import { launchChromium } from '../browser/chromium';
import { axeViolations } from './axe';
import { openApp, type Lang } from './browser-context';
import { saveScreenshot, screenshotContext, screenshotTime } from './screenshot';
import {
  answerStep,
  headingText,
  questionnaireData,
  questionOnScreen,
  scenario,
  showOutcome,
  startQuestionnaire,
  switchLanguage,
  texts,
  walk,
} from './wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});

/** Every screen axe looked at, per language, for the one-line summary at the end. */
const checked: Record<Lang, string[]> = { nl: [], en: [] };
const found: string[] = [];
afterAll(async () => {
  await browser.close();
  const total = checked.nl.length + checked.en.length;
  console.log(
    `axe (WCAG 2.1 A/AA): ${total} screens checked (${checked.nl.length} in Dutch, ${checked.en.length} in English), ` +
      `${found.length} violations`,
  );
});

/**
 * Runs axe on the screen as it is now in Dutch, switches to English with the app's own switch and runs it again, then
 * switches back; counts both. Returns the violations, one line each.
 */
async function check(page: Page, screen: string) {
  const violations: string[] = [];
  for (const lang of ['nl', 'en'] as const) {
    if (lang !== 'nl') await switchLanguage(page, lang);
    checked[lang].push(screen);
    violations.push(...(await axeViolations(page, `${screen} [${lang}]`)));
  }
  await switchLanguage(page, 'nl');
  found.push(...violations);
  return violations;
}

const cloud = questionnaireData('cloud-transfer-risk');
const cloudCase = scenario('cloud-transfer-risk', 'teams-health-case-meetings');
/** The other two questionnaires, each walked to its outcome by a worked case. */
const otherOutcomes = [
  { questionnaire: 'photo-purpose-test', scenario: 'teams-camera-health-visible' },
  { questionnaire: 'special-category-data', scenario: 'warm-handover-teams-consent' },
];

const t = texts('nl');

describe('axe finds no WCAG 2.1 A/AA violation on any screen, in Dutch and in English', () => {
  // One page walks through the screens in order (the list shows the assessments made before it); each screen is
  // checked in Dutch, then in English after the app's own language switch, so every route is walked once.
  let page: Page;
  beforeAll(async () => {
    page = await openApp(browser, screenshotContext);
    await page.clock.setFixedTime(screenshotTime());
  });
  afterAll(() => page.context().close());

  it('the start screen, before any assessment', async () => {
    expect(await headingText(page)).toBe(t('start.heading'));
    await saveScreenshot(page, 'start');
    await switchLanguage(page, 'en');
    await saveScreenshot(page, 'start-en');
    await switchLanguage(page, 'nl');
    expect(await check(page, 'start screen')).toEqual([]);
  });

  it('the language switch on the dark header, clicked, hovered and tabbed to', async () => {
    const violations: string[] = [];
    const states = {
      // A click leaves the pressed button focused; the pointer then moves on.
      'focused by a click': async () => {
        await page.getByRole('button', { name: t('language.nl'), exact: true }).click();
        await page.mouse.move(0, 700);
      },
      hovered: () => page.getByRole('button', { name: texts('en')('language.en'), exact: true }).hover(),
      'tabbed to': async () => {
        await page.mouse.move(0, 700);
        await page.keyboard.press('Tab');
      },
    };
    for (const [state, enter] of Object.entries(states)) {
      await enter();
      violations.push(...(await axeViolations(page, `language switch ${state}`, '.app-header')));
    }
    expect(violations).toEqual([]);
  });

  it('a question of every type, and a validation error on a single field and on a group', async () => {
    await startQuestionnaire(page, cloud, 'nl');
    const violations: string[] = [];
    const seenTypes = new Set<Question['type']>();
    const errorShownFor = new Set<'field' | 'group'>();
    while ((await headingText(page)) !== t('review.heading')) {
      const question = await questionOnScreen(page, cloud, 'nl');
      if (!seenTypes.has(question.type)) {
        seenTypes.add(question.type);
        violations.push(...(await check(page, `${question.type} question "${question.id}"`)));
        if (question.id === 'provider') {
          await page.evaluate(() => window.scrollTo(0, 0));
          await saveScreenshot(page, 'question');
        }
      }
      // Next without an answer, on the first question of each kind of form that starts empty.
      const kind = question.type === 'text' || question.type === 'date' ? 'field' : 'group';
      const empty =
        kind === 'field'
          ? (await page.locator('form :is(textarea, input[type="date"])').inputValue()) === ''
          : (await page.locator('form input:checked').count()) === 0;
      if (!errorShownFor.has(kind) && question.type !== 'number' && empty) {
        errorShownFor.add(kind);
        await page.getByRole('button', { name: t('step.next'), exact: true }).click();
        await page.locator('[aria-invalid="true"]').first().waitFor();
        violations.push(...(await check(page, `validation error on "${question.id}"`)));
        if (kind === 'field') {
          await page.evaluate(() => window.scrollTo(0, 0));
          await saveScreenshot(page, 'validation-error');
        }
      }
      await answerStep(page, question, cloudCase.answers[question.id]!, 'nl');
    }
    expect([...seenTypes].sort()).toEqual(
      ['date', 'multiple-choice', 'number', 'single-choice', 'text', 'yes-no-unknown'].sort(),
    );
    expect([...errorShownFor].sort()).toEqual(['field', 'group']);
    expect(violations).toEqual([]);
  });

  it('the review', async () => {
    expect(await headingText(page)).toBe(t('review.heading'));
    await saveScreenshot(page, 'review');
    expect(await check(page, 'review')).toEqual([]);
  });

  it('the outcome of cloud-transfer-risk, with its calculation figures and risk matrix', async () => {
    await showOutcome(page, 'nl');
    await page.getByRole('table', { name: t('report.matrix') }).waitFor();
    await page.getByRole('table', { name: t('tables.calculation') }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'outcome');
    await page.locator('.calculation').evaluate((section) => section.scrollIntoView());
    await saveScreenshot(page, 'outcome-figures');
    expect(await check(page, 'outcome of cloud-transfer-risk')).toEqual([]);
  });

  it.each(otherOutcomes)('the outcome of $questionnaire', async (names) => {
    await page.clock.setFixedTime(screenshotTime(1 + otherOutcomes.indexOf(names)));
    await page.getByRole('button', { name: t('app.toStart') }).click();
    await page.getByRole('heading', { level: 1, name: t('start.heading') }).waitFor();
    const questionnaire = questionnaireData(names.questionnaire);
    await startQuestionnaire(page, questionnaire, 'nl');
    await walk(page, questionnaire, scenario(names.questionnaire, names.scenario).answers, 'nl');
    await showOutcome(page, 'nl');
    expect(await check(page, `outcome of ${names.questionnaire}`)).toEqual([]);
  });

  it('the assessment list with saved assessments', async () => {
    await page.getByRole('button', { name: t('app.toStart') }).click();
    const list = page.getByRole('region', { name: t('assessments.heading') });
    await list.getByRole('listitem').nth(2).waitFor();
    await list.evaluate((region) => region.scrollIntoView());
    await saveScreenshot(page, 'assessment-list');
    expect(await check(page, 'assessment list')).toEqual([]);
  });

  it('the questionnaire import, showing the problems of a bad file', async () => {
    await page.getByLabel(t('import.label')).setInputFiles({
      name: 'broken.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from('id: broken\ntitle: 3\nquestions: nothing\n'),
    });
    const problems = page.getByRole('heading', { name: t('problems.heading', { file: 'broken.yaml' }) });
    await problems.waitFor();
    expect(await check(page, 'questionnaire import with problems')).toEqual([]);
  });

  it('the backup import, refusing a bad file', async () => {
    await page.getByLabel(t('backup.importLabel')).setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": 99, "assessments": "none"}'),
    });
    await page.getByText(t('backup.refused')).waitFor();
    expect(await check(page, 'backup import refused')).toEqual([]);
  });

  it('the storage settings, in a private session', async () => {
    await page.getByRole('button', { name: t('storage.privateStart') }).click();
    const end = page.getByRole('button', { name: t('storage.privateEnd') });
    await end.waitFor();
    await page.getByRole('heading', { name: t('storage.heading') }).evaluate((heading) => heading.scrollIntoView());
    await saveScreenshot(page, 'storage-settings');
    expect(await check(page, 'storage settings (private session)')).toEqual([]);
  });

  it('the privacy statement, opened from the link on every screen', async () => {
    await page.getByRole('link', { name: t('privacy.link') }).click();
    await page.getByRole('heading', { level: 1, name: t('privacy.heading') }).waitFor();
    expect(await check(page, 'privacy statement')).toEqual([]);
  });
});
