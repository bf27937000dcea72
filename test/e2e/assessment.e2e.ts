import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { assessmentResult } from '../../src/engine/assessment-result';
import { compile } from '../../src/engine/compile';
import { replay } from '../../src/engine/replay';
import { launchChromium } from '../browser/chromium';
import { openApp } from './browser-context';
import {
  downloadPdf,
  headingText,
  questionnaireData,
  scenario,
  showOutcome,
  startQuestionnaire,
  texts,
  walk,
} from './wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** One worked scenario per questionnaire, each ending in a different kind of outcome. */
const cases = [
  { questionnaire: 'photo-purpose-test', scenario: 'teams-camera-health-visible' },
  { questionnaire: 'special-category-data', scenario: 'warm-handover-teams-consent' },
  { questionnaire: 'cloud-transfer-risk', scenario: 'teams-health-case-meetings' },
];

describe('a full assessment in the built app, from the start screen to the PDF', () => {
  it.each(cases)('$questionnaire: $scenario', async (names) => {
    const questionnaire = questionnaireData(names.questionnaire);
    const worked = scenario(names.questionnaire, names.scenario);
    const page = await openApp(browser);
    await startQuestionnaire(page, questionnaire, 'nl');
    const asked = await walk(page, questionnaire, worked.answers, 'nl');
    expect(asked.length).toBeGreaterThan(0);
    expect(await headingText(page)).toBe(texts('nl')('review.heading'));
    await showOutcome(page, 'nl');
    const compiled = compile(questionnaire);
    const expected = assessmentResult(compiled, replay(compiled, worked.answers), worked.answers, 'nl');
    expect(expected.outcome?.id).toBe(worked.expect.outcome);
    await page.getByRole('main').getByText(expected.outcome!.verdict, { exact: true }).waitFor();

    const { bytes, download } = await downloadPdf(page, 'nl');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  });
});
