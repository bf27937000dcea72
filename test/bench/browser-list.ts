import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { texts } from '../e2e/wizard';
import { backupOfMany } from './backup-of-many';
import { appShown, freshPage } from './fresh-page';
import { summarize, type Summary } from './stats';

export type ListResults = {
  assessments: number;
  /** Through the start screen's backup import, from choosing the file to the "restored" message. */
  import: Summary;
  /** From navigation start of a reload to the last row in the DOM. */
  rowsInDom: Summary;
  /** The same, to the end of the first frame rendered with them (layout and paint of the list included). */
  rowsPainted: Summary;
  /** From the app's first render (its h1 in the DOM) to the last row in the DOM: the list's own share. */
  afterFirstRender: Summary;
  backupBytes: number;
};

type Marks = { benchFirstHeading?: number; benchRows?: number; benchRowsPainted?: number };

/** Records the app's first render, the moment `rows` rows are in the DOM, and the end of the frame that draws them. */
function watchList(rows: number) {
  const marks = window as unknown as Marks;
  const items = document.getElementsByClassName('assessment-row');
  new MutationObserver((_, observer) => {
    marks.benchFirstHeading ??= document.querySelector('h1') ? performance.now() : undefined;
    if (items.length < rows) return;
    marks.benchRows = performance.now();
    observer.disconnect();
    // rAF runs before the frame's style, layout and paint; a message posted from it arrives after them.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (marks.benchRowsPainted = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true });
}

/**
 * The start screen with `count` stored assessments: each run a fresh context, filled through the app's real
 * backup import, then reloaded and timed until the list shows every row.
 */
export async function listOfMany(browser: Browser, url: string, count: number, runs: number): Promise<ListResults> {
  const t = texts('nl');
  const folder = mkdtempSync(join(tmpdir(), 'bench-backup-'));
  const file = join(folder, 'backup.json');
  const backup = backupOfMany(count);
  writeFileSync(file, backup);
  const imports: number[] = [];
  const reloads: Required<Marks>[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await freshPage(browser, { script: watchList, arg: count });
      await page.goto(url);
      await appShown(page);
      const start = performance.now();
      await page.getByLabel(t('backup.importLabel')).setInputFiles(file);
      await page.getByText(t('backup.done', { count }), { exact: true }).waitFor({ timeout: 60_000 });
      imports.push(performance.now() - start);

      await page.reload();
      await page.waitForFunction(() => (window as unknown as Marks).benchRowsPainted !== undefined, undefined, {
        timeout: 60_000,
      });
      reloads.push(
        await page.evaluate(() => {
          const { benchFirstHeading, benchRows, benchRowsPainted } = window as unknown as Required<Marks>;
          return { benchFirstHeading, benchRows, benchRowsPainted };
        }),
      );
      await page.context().close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    assessments: count,
    import: summarize(imports),
    rowsInDom: summarize(reloads.map((marks) => marks.benchRows)),
    rowsPainted: summarize(reloads.map((marks) => marks.benchRowsPainted)),
    afterFirstRender: summarize(reloads.map((marks) => marks.benchRows - marks.benchFirstHeading)),
    backupBytes: Buffer.byteLength(backup),
  };
}
