import type { Contribution } from './attribution';
import type { BrowserResults } from './browser';
import type { ListResults } from './browser-list';
import type { EngineResults } from './engine';
import type { SizeResults } from './sizes';
import type { Summary } from './stats';
import { kb, micro, ms, type Row } from './table';
import type { Totals } from './start-page-size';

/** The issue's targets (#7), one place for the table and the README. */
export const targets = {
  startPageJsGzip: 150_000,
  generatedCompileAndReplayMs: 50,
  checkQuestionnairesMs: 2000,
  coldLoadMs: 300,
  answerCommitMedianMs: 16,
  listShownMs: 200,
  pdfMs: 1000,
};

const range = (summary: Summary, unit = ms) => `${unit(summary.min)}–${unit(summary.max)}, ${summary.runs} runs`;
const contexts = (summary: Summary) => `${range(summary).replace(/runs$/, 'fresh contexts')}`;
const timing = (measure: string, summary: Summary, target?: number, detail = range(summary)): Row => ({
  measure,
  result: ms(summary.median),
  detail,
  target: target === undefined ? '' : `≤ ${ms(target)}`,
  met: target === undefined ? null : summary.median <= target,
});
const size = (measure: string, totals: Totals, extra = '', target?: number): Row => ({
  measure,
  result: `${kb(totals.gzip)} gzip`,
  detail: `raw ${kb(totals.raw)}, brotli ${kb(totals.brotli)}${extra}`,
  target: target === undefined ? '' : `≤ ${kb(target)} gzip`,
  met: target === undefined ? null : totals.gzip <= target,
});
const notMeasured = (measure: string, why: string, target = ''): Row => ({
  measure,
  result: 'n/a',
  detail: why,
  target,
  met: null,
});

/** A dynamic import by its module, or by its package when it comes from one. */
const lazyName = (source: string) => {
  const inPackage = source.split('node_modules/')[1];
  if (!inPackage) return source;
  const [scope, name] = inPackage.split('/');
  return `${scope!.startsWith('@') ? `${scope}/${name}` : scope} (package)`;
};

export function sizeRows({ startPage, lazy, precache }: SizeResults, fetched: Totals & { files: string[] }): Row[] {
  const files = (count: number) => `, ${count} file${count === 1 ? '' : 's'}`;
  return [
    size('Start page JS', startPage.totals.js, files(startPage.js.length), targets.startPageJsGzip),
    size('… JS Chromium fetched on a cold start', fetched, files(fetched.files.length)),
    size('Start page CSS', startPage.totals.css, files(startPage.css.length)),
    size('Start page JS + CSS', startPage.totals.all),
    ...lazy.map((chunk) => size(`Lazy: ${lazyName(chunk.source)}`, chunk, files(chunk.files.length))),
    precache
      ? size('Precached by the service worker', precache, `, ${precache.entries} entries in ${precache.serviceWorker}`)
      : notMeasured('Precached by the service worker', 'the build has no service worker'),
  ];
}

export function engineRows({ questionnaires, generated, check, dtia }: EngineResults): Row[] {
  return [
    ...questionnaires.flatMap((q) => [
      timing(`Validate ${q.id} (${q.questions} questions)`, q.validate),
      timing(`Compile ${q.id}`, q.compile),
      timing(`Replay ${q.id} (${q.scenario}, ${q.answers} answers)`, q.replay),
    ]),
    timing(`Validate generated (${generated.questions} questions)`, generated.validate),
    timing('Compile generated', generated.compile),
    timing(`Replay generated (full path, ${generated.pathLength} answers)`, generated.replay),
    timing('Compile + replay generated', generated.compileAndReplay, targets.generatedCompileAndReplayMs),
    timing('npm run check:questionnaires (process)', check.cli, targets.checkQuestionnairesMs),
    timing('… the same without npm (tsx src/cli/check-questionnaires.ts)', check.cliWithoutNpm),
    timing('… tsx starting with nothing to run', check.tsxStartup),
    timing('Check all questionnaires (in process)', check.inProcess),
    {
      measure: 'DTIA lawfulAccessRisk, per call',
      result: micro(dtia.lawfulAccessRisk.median),
      detail: `${range(dtia.lawfulAccessRisk, micro)} of ${dtia.callsPerRun.toLocaleString('en')} calls`,
      target: '',
      met: null,
    },
    {
      measure: 'DTIA runCalculation (from answers), per call',
      result: micro(dtia.runCalculation.median),
      detail: `${range(dtia.runCalculation, micro)} of ${dtia.callsPerRun.toLocaleString('en')} calls`,
      target: '',
      met: null,
    },
  ];
}

export function browserRows({ coldLoad, offlineReload, answers, list, pdf }: BrowserResults): Row[] {
  return [
    timing(
      'Cold load: start scripts and CSS fetched',
      coldLoad.startFilesFetched,
      undefined,
      contexts(coldLoad.startFilesFetched),
    ),
    timing(
      'Cold load: DOMContentLoaded',
      coldLoad.domContentLoaded,
      targets.coldLoadMs,
      contexts(coldLoad.domContentLoaded),
    ),
    timing(
      'Cold load: first contentful paint',
      coldLoad.firstContentfulPaint,
      targets.coldLoadMs,
      contexts(coldLoad.firstContentfulPaint),
    ),
    timing('Cold load: start screen rendered', coldLoad.startScreen, undefined, contexts(coldLoad.startScreen)),
    'skipped' in offlineReload
      ? notMeasured('Offline reload: DOMContentLoaded', offlineReload.skipped)
      : timing(
          'Offline reload: DOMContentLoaded',
          offlineReload.domContentLoaded,
          undefined,
          contexts(offlineReload.domContentLoaded),
        ),
    ...('skipped' in offlineReload
      ? []
      : [
          timing(
            'Offline reload: start screen rendered',
            offlineReload.startScreen,
            undefined,
            contexts(offlineReload.startScreen),
          ),
        ]),
    timing(
      'Next click → answer committed in IndexedDB',
      answers.commit,
      targets.answerCommitMedianMs,
      `p95 ${ms(answers.commit.p95)}, ${ms(answers.commit.min)}–${ms(answers.commit.max)}, ${answers.answers} answers in ${answers.walks.length} assessments`,
    ),
    timing(
      '… click → save transaction opened (app)',
      answers.untilTransaction,
      undefined,
      `p95 ${ms(answers.untilTransaction.p95)}`,
    ),
    timing(
      '… transaction opened → committed (IndexedDB)',
      answers.inTransaction,
      undefined,
      `p95 ${ms(answers.inTransaction.p95)}`,
    ),
    ...listRows(list),
    timing(`PDF (${pdf.report.scenario}): first, chunk loaded`, pdf.first, targets.pdfMs, contexts(pdf.first)),
    timing(`PDF (${pdf.report.scenario}): warm`, pdf.warm, targets.pdfMs, range(pdf.warm)),
  ];
}

/** The list of many assessments: the import that fills it, how fast it shows, and showing all of it. */
export function listRows(list: ListResults): Row[] {
  const many = list.assessments.toLocaleString('en');
  const presses = Math.ceil(list.assessments / list.pageSize) - 1;
  return [
    timing(`Import a backup of ${many} assessments`, list.import, undefined, contexts(list.import)),
    timing(
      `List of ${many}: first ${list.pageSize} rows and the count in the DOM`,
      list.shown,
      targets.listShownMs,
      contexts(list.shown),
    ),
    timing(`List of ${many}: … painted`, list.shownPainted, undefined, contexts(list.shownPainted)),
    timing(
      'List: first render → first page in the DOM',
      list.afterFirstRender,
      undefined,
      contexts(list.afterFirstRender),
    ),
    timing(
      `List: one "show more" press → its ${list.pageSize} rows painted`,
      list.showMorePress,
      undefined,
      `p95 ${ms(list.showMorePress.p95)}, ${ms(list.showMorePress.min)}–${ms(list.showMorePress.max)}, ${list.showMorePress.runs} presses`,
    ),
    timing(
      `List: all ${many} by pressing "show more" ${presses} times`,
      list.allByShowMore,
      undefined,
      contexts(list.allByShowMore),
    ),
  ];
}

/** Where the start page's gzipped JavaScript comes from, biggest first. */
export function originRows(contributions: readonly Contribution[], count = 12): Row[] {
  const total = contributions.reduce((sum, contribution) => sum + contribution.gzip, 0);
  return contributions.slice(0, count).map((contribution) => ({
    measure: contribution.origin,
    result: `${kb(contribution.gzip)} gzip`,
    detail: `raw ${kb(contribution.raw)}, ${((contribution.gzip / total) * 100).toFixed(0)} % of the start page JS`,
    target: '',
    met: null,
  }));
}
