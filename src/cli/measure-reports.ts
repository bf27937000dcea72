/** npm run -s measure:reports — the time to render the largest report (most answers) as PDF and Word, in Node. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtInFiles, loadQuestionnaireFile, scenarioFileOf } from './questionnaire-files';
import { compile } from '../engine/compile';
import { scenarioFileSchema } from '../engine/scenario-schema';
import { createI18n } from '../i18n/create-i18n';
import { renderDocx } from '../report/render-docx';
import { renderJson } from '../report/render-json';
import { renderPdf } from '../report/render-pdf';
import { reportModel } from '../report/report-model';
const file = builtInFiles().find((f) => f.endsWith('cloud-transfer-risk.yaml'))!;
const parsed = loadQuestionnaireFile(file);
if (!parsed.ok) throw new Error();
const compiled = compile(parsed.value);
const scenarios = scenarioFileSchema.parse(parse(readFileSync(scenarioFileOf(file), 'utf8'))).scenarios;
const largest = scenarios.reduce((a, b) => (Object.keys(b.answers).length > Object.keys(a.answers).length ? b : a));
const { t } = createI18n('nl');
const meta = { title: largest.id, date: '2026-11-22' };
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, run] of [
  [
    'pdf',
    () =>
      renderPdf(
        reportModel(compiled, largest.answers, meta, 'nl', t),
        t,
        renderJson(compiled, largest.answers, meta, 'x', new Date()),
      ),
  ],
  ['docx', () => renderDocx(reportModel(compiled, largest.answers, meta, 'nl', t), t)],
] as const) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 11; i++) {
    const s = performance.now();
    size = (await run()).length;
    times.push(performance.now() - s);
  }
  console.log(
    `${name}: ${largest.id} (${Object.keys(largest.answers).length} answers), first ${times[0]!.toFixed(0)} ms, median of 10 more ${median(times.slice(1)).toFixed(0)} ms, ${size} bytes`,
  );
}
