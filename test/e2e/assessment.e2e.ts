import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { assessmentResult } from '../../src/engine/assessment-result';
import { compile } from '../../src/engine/compile';
import { replay } from '../../src/engine/replay';
import { backupTextFromPdf } from '../../src/storage/backup-from-pdf';
import { readBackup } from '../../src/storage/backup-import';
import { launchChromium } from '../browser/chromium';
import { openApp } from './browser-context';
import {
  downloadPdf,
  answerOnScreen,
  headingText,
  questionOnScreen,
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
    // The PDF carries this assessment as a backup the app can restore: the answers given in the browser.
    const text = backupTextFromPdf(new Uint8Array(bytes));
    const read = readBackup(text ?? '', text?.length ?? 0);
    expect(read.ok && read.backup.assessments.map((assessment) => assessment.answers)).toEqual([worked.answers]);
    await page.context().close();
  });
});

describe('a reload in the middle of an assessment loses nothing', () => {
  it('the step on screen and the answers before it are still there after a reload', async () => {
    const questionnaire = questionnaireData('cloud-transfer-risk');
    const worked = scenario('cloud-transfer-risk', 'teams-health-case-meetings');
    const page = await openApp(browser);
    await startQuestionnaire(page, questionnaire, 'nl');
    const asked = await walk(page, questionnaire, worked.answers, 'nl', 5);
    const stepBefore = await headingText(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: stepBefore }).waitFor();

    // Back to the last question answered: the answer given before the reload is still chosen.
    await page.getByRole('button', { name: texts('nl')('step.back'), exact: true }).click();
    const last = await questionOnScreen(page, questionnaire, 'nl');
    expect(last.id).toBe(asked.at(-1));
    expect(await answerOnScreen(page, last, 'nl')).toEqual(worked.answers[last.id]);

    // Leaving for the start screen is a choice the next reload respects.
    await page.getByRole('button', { name: texts('nl')('app.toStart'), exact: true }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: texts('nl')('start.heading') }).waitFor();
    await page.context().close();
  });
});
