import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compile } from '../engine/compile';
import { scenarioFileSchema } from '../engine/scenario-schema';
import { createI18n } from '../i18n/create-i18n';
import { renderJson } from '../report/render-json';
import { renderPdf } from '../report/render-pdf';
import { reportModel } from '../report/report-model';
import { builtInFiles, loadQuestionnaireFile, scenarioFileOf } from './questionnaire-files';

/**
 * npm run docs:reports — renders page 1 of each questionnaire's report (its first worked scenario, in Dutch) to
 * docs/report-<id>.png with pdftoppm (Debian: apt-get install poppler-utils), so a reader can see the report.
 */
const meta = {
  title: 'Voorbeeld',
  organisation: 'Gemeente Voorbeeld',
  assessor: 'A. de Vries (FG)',
  date: '2026-11-22',
};
const { t } = createI18n('nl');
for (const file of builtInFiles()) {
  const parsed = loadQuestionnaireFile(file);
  if (!parsed.ok) throw new Error(`${file} does not load`);
  const compiled = compile(parsed.value);
  const [scenario] = scenarioFileSchema.parse(parse(readFileSync(scenarioFileOf(file), 'utf8'))).scenarios;
  const named = { ...meta, title: scenario!.title.nl };
  const model = reportModel(compiled, scenario!.answers, named, 'nl', t);
  const pdf = await renderPdf(
    model,
    t,
    renderJson(compiled, scenario!.answers, named, scenario!.id, new Date(`${meta.date}T12:00:00Z`)),
  );
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  writeFileSync(join(dir, 'report.pdf'), pdf);
  const out = `docs/report-${compiled.questionnaire.id}`;
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'report.pdf'), out]);
  console.log(`wrote ${out}.png`);
}
