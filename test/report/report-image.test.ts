import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInFiles, loadQuestionnaireFile } from '../../src/cli/questionnaire-files';
import { compile } from '../../src/engine/compile';
import { createI18n } from '../../src/i18n/create-i18n';
import { renderJson } from '../../src/report/render-json';
import { renderPdf } from '../../src/report/render-pdf';
import { reportModel } from '../../src/report/report-model';

// pdftoppm comes with Debian's poppler-utils; `npm run docs:reports` uses it to refresh the images in docs/.
const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;

describe('a report page can be looked at', () => {
  it.skipIf(!hasPdftoppm)('page 1 of a PDF report renders to an A4-shaped PNG (needs poppler-utils)', async () => {
    const parsed = loadQuestionnaireFile(builtInFiles().find((file) => file.endsWith('photo-purpose-test.yaml'))!);
    if (!parsed.ok) throw new Error('the photo test does not load');
    const compiled = compile(parsed.value);
    const { t } = createI18n('nl');
    const answers = { description: 'Klassenfoto', recognisable: 'no' };
    const meta = { title: 'Klassenfoto', date: '2026-11-22' };
    const pdf = await renderPdf(
      reportModel(compiled, answers, meta, 'nl', t),
      t,
      renderJson(compiled, answers, meta, 'x', new Date()),
    );

    const dir = mkdtempSync(join(tmpdir(), 'page-'));
    writeFileSync(join(dir, 'report.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '30',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(dir, 'report.pdf'),
      join(dir, 'page'),
    ]);
    const png = readFileSync(join(dir, 'page.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(height / width).toBeCloseTo(297 / 210, 1);
  });
});
