import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { scenarioFileSchema } from '../../src/engine/scenario-schema';
import { databaseName } from '../../src/storage/database';
import { builtInIds, questionnaireData, scenario, startQuestionnaire, texts, walk } from '../e2e/wizard';
import { appShown, freshPage } from './fresh-page';
import { summarize, type Summary } from './stats';

export type AnswerResults = {
  commit: Summary;
  /** From the click to the save's transaction being opened: the app's own work (form, machine, record). */
  untilTransaction: Summary;
  /** From the transaction opened to committed: Dexie's reads and writes and the browser's commit. */
  inTransaction: Summary;
  walks: string[];
  answers: number;
};

/** The worked scenarios of a built-in questionnaire, in the order of its file. */
const scenarioIds = (id: string) =>
  scenarioFileSchema
    .parse(parse(readFileSync(`questionnaires/${id}.scenarios.yaml`, 'utf8')))
    .scenarios.map((worked) => worked.id);

/** A save: when its transaction was opened and when it was committed. */
type Commit = { opened: number; committed: number };
type Marks = { benchNextClicks: number[]; benchCommits: Commit[] };

/**
 * Observes, without changing the app: the moment each click on Next is dispatched (capture phase, so before the
 * app handles it) and the moments each read-write transaction on the assessment stores of the app's database is
 * opened and completes, i.e. is committed. All are on the page's performance.now() clock.
 */
function watchCommits({ next, database }: { next: string; database: string }) {
  const marks = window as unknown as Marks;
  marks.benchNextClicks = [];
  marks.benchCommits = [];
  const stores = ['assessments', 'answerLog'];
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
    const opened = transaction.apply(this, args);
    const names = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
    if (this.name === database && args[1] === 'readwrite' && names.some((name) => stores.includes(name))) {
      const at = performance.now();
      opened.addEventListener('complete', () => marks.benchCommits.push({ opened: at, committed: performance.now() }));
    }
    return opened;
  } as typeof transaction;
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button?.textContent?.trim() === next) marks.benchNextClicks.push(event.timeStamp);
    },
    { capture: true },
  );
}

type Paired = { total: number; untilTransaction: number; inTransaction: number };

/** Each Next click paired with the first commit after it that no earlier click has taken. */
export function pairClicks(clicks: readonly number[], commits: readonly Commit[]): Paired[] {
  const sorted = [...commits].sort((a, b) => a.committed - b.committed);
  let next = 0;
  return clicks.flatMap((click) => {
    while (next < sorted.length && sorted[next]!.committed < click) next++;
    const commit = sorted[next++];
    if (!commit) return [];
    const { opened, committed } = commit;
    return [{ total: committed - click, untilTransaction: opened - click, inTransaction: committed - opened }];
  });
}

async function collect(page: Page): Promise<Paired[]> {
  // The last answer's save may still be under way when the next screen shows.
  await page
    .waitForFunction(
      () => {
        const { benchNextClicks, benchCommits } = window as unknown as Marks;
        return benchCommits.some((commit) => commit.committed > benchNextClicks.at(-1)!);
      },
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  // Read and start afresh, so each walk pairs only its own clicks and commits.
  const { benchNextClicks, benchCommits } = await page.evaluate(() => {
    const marks = window as unknown as Marks;
    const taken = { benchNextClicks: marks.benchNextClicks, benchCommits: marks.benchCommits };
    marks.benchNextClicks = [];
    marks.benchCommits = [];
    return taken;
  });
  return pairClicks(benchNextClicks, benchCommits);
}

/**
 * Answers `count` questions through the real wizard, in Dutch: the worked scenarios of every built-in
 * questionnaire in turn, each a new assessment walked to its review and left with "to the start screen", until
 * enough answers are timed. One page in one context holds them all, as one user's tab would.
 */
export async function answerCommits(browser: Browser, url: string, count: number): Promise<AnswerResults> {
  const next = texts('nl')('step.next');
  const page = await freshPage(browser, { script: watchCommits, arg: { next, database: databaseName } });
  // The scenarios of the three questionnaires taken in turn, so every questionnaire is in the sample early.
  const perQuestionnaire = builtInIds.map((id) => scenarioIds(id).map((scenarioId) => ({ id, scenarioId })));
  const rounds = Math.max(...perQuestionnaire.map((plans) => plans.length));
  const plans = [...Array(rounds).keys()].flatMap((round) => perQuestionnaire.flatMap((plans) => plans[round] ?? []));
  const latencies: Paired[] = [];
  const walks: string[] = [];
  await page.goto(url);
  await appShown(page);
  for (let index = 0; latencies.length < count; index++) {
    const plan = plans[index % plans.length]!;
    const questionnaire = questionnaireData(plan.id);
    await startQuestionnaire(page, questionnaire, 'nl');
    const answers = scenario(plan.id, plan.scenarioId).answers;
    const asked = await walk(page, questionnaire, answers, 'nl', count - latencies.length);
    const paired = await collect(page);
    if (paired.length !== asked.length) {
      throw new Error(`${asked.length} answers were given in ${plan.id}, but ${paired.length} commits were seen`);
    }
    latencies.push(...paired);
    walks.push(`${plan.id}/${plan.scenarioId} (${asked.length})`);
    // Back to the start screen the app's own way, which also forgets the open assessment.
    await page.getByRole('button', { name: texts('nl')('app.toStart'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: texts('nl')('start.heading') }).waitFor();
  }
  await page.context().close();
  return {
    commit: summarize(latencies.map((latency) => latency.total)),
    untilTransaction: summarize(latencies.map((latency) => latency.untilTransaction)),
    inTransaction: summarize(latencies.map((latency) => latency.inTransaction)),
    walks,
    answers: latencies.length,
  };
}
