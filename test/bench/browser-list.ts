import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { listPageSize } from '../../src/app/start/list-page-size';
import { texts } from '../e2e/wizard';
import { backupOfMany } from './backup-of-many';
import { appShown, freshPage } from './fresh-page';
import { summarize, type Summary } from './stats';

export type ListResults = {
  assessments: number;
  /** Rows the list shows at first (the app's page size). */
  pageSize: number;
  /** Through the start screen's backup import, from choosing the file to the "restored" message. */
  import: Summary;
  /** From navigation start of a reload to the first page of rows and the count of all assessments in the DOM. */
  shown: Summary;
  /** The same, to the end of the first frame rendered with them (layout and paint of the list included). */
  shownPainted: Summary;
  /** From the app's first render (its h1 in the DOM) to the first page in the DOM: the list's own share. */
  afterFirstRender: Summary;
  /** One press of "show more" to the end of the frame that paints the rows it added, over every press of every run. */
  showMorePress: Summary;
  /** Pressing "show more" until every assessment is in the DOM, from the first press to the last paint. */
  allByShowMore: Summary;
  backupBytes: number;
};

type Marks = { benchFirstHeading?: number; benchShown?: number; benchShownPainted?: number };
type Watch = { rows: number; count: string };

/**
 * Records the app's first render, the moment the list shows its first `rows` rows and says `count`, and the end of
 * the frame that draws them. (Runs in the page before the app: everything it uses is defined inside it.)
 */
function watchList({ rows, count }: Watch) {
  const marks = window as unknown as Marks;
  const items = document.getElementsByClassName('assessment-row');
  new MutationObserver((_, observer) => {
    marks.benchFirstHeading ??= document.querySelector('h1') ? performance.now() : undefined;
    if (items.length < rows || document.querySelector('.assessment-list__count')?.textContent !== count) return;
    marks.benchShown = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (marks.benchShownPainted = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Presses the button labelled with each of `labels` in turn, each once the last press's rows are painted. (No named
 * inner functions: tsx would wrap them in a helper the page does not have.)
 */
async function pressShowMore(labels: string[]) {
  const items = document.getElementsByClassName('assessment-row');
  const presses: number[] = [];
  const first = performance.now();
  for (const label of labels) {
    const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
    if (!button) throw new Error(`no button "${label}"`);
    const before = items.length;
    const start = performance.now();
    button.click();
    // The added rows come from IndexedDB a moment later; the press is done when the frame with them is painted.
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (items.length <= before) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const painted = await new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
    presses.push(painted - start);
  }
  return { presses, all: performance.now() - first, rows: items.length };
}

/**
 * The start screen with `count` stored assessments: each run a fresh context, filled through the app's real
 * backup import, then reloaded and timed until the list shows its first page and the count; then "show more" is
 * pressed until every row is there.
 */
export async function listOfMany(browser: Browser, url: string, count: number, runs: number): Promise<ListResults> {
  const t = texts('nl');
  const folder = mkdtempSync(join(tmpdir(), 'bench-backup-'));
  const file = join(folder, 'backup.json');
  const backup = backupOfMany(count);
  writeFileSync(file, backup);
  const watch: Watch = { rows: Math.min(listPageSize, count), count: t('assessments.count', { count }) };
  // What the button says before each press: 950 more, 900 more, … down to the last page.
  const labels = Array.from({ length: Math.ceil(count / listPageSize) - 1 }, (_, press) =>
    t('assessments.showMore', { remaining: count - (press + 1) * listPageSize }),
  );
  const imports: number[] = [];
  const reloads: Required<Marks>[] = [];
  const presses: number[] = [];
  const alls: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await freshPage(browser, { script: watchList, arg: watch });
      await page.goto(url);
      await appShown(page);
      const start = performance.now();
      await page.getByLabel(t('backup.importLabel')).setInputFiles(file);
      await page.getByText(t('backup.done', { count }), { exact: true }).waitFor({ timeout: 60_000 });
      imports.push(performance.now() - start);

      await page.reload();
      await page.waitForFunction(() => (window as unknown as Marks).benchShownPainted !== undefined, undefined, {
        timeout: 60_000,
      });
      reloads.push(
        await page.evaluate(() => {
          const { benchFirstHeading, benchShown, benchShownPainted } = window as unknown as Required<Marks>;
          return { benchFirstHeading, benchShown, benchShownPainted };
        }),
      );
      const more = await page.evaluate(pressShowMore, labels);
      if (more.rows !== count) throw new Error(`"show more" ended at ${more.rows} rows, not ${count}`);
      presses.push(...more.presses);
      alls.push(more.all);
      await page.context().close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    assessments: count,
    pageSize: listPageSize,
    import: summarize(imports),
    shown: summarize(reloads.map((marks) => marks.benchShown)),
    shownPainted: summarize(reloads.map((marks) => marks.benchShownPainted)),
    afterFirstRender: summarize(reloads.map((marks) => marks.benchShown - marks.benchFirstHeading)),
    showMorePress: summarize(presses),
    allByShowMore: summarize(alls),
    backupBytes: Buffer.byteLength(backup),
  };
}
