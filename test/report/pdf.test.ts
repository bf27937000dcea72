import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { builtInScenarios, scenarioCases } from './scenario-cases';
import { describe, expect, it } from 'vitest';
import { writePdfReport } from '../../src/cli/report-pdf';
import type { Answers } from '../../src/engine/answer-schema';
import { compile, type CompiledQuestionnaire } from '../../src/engine/compile';
import { languages, type Lang } from '../../src/engine/text';
import { createI18n } from '../../src/i18n/create-i18n';
import { pdfText } from '../../src/report/pdf-text';
import { renderJson } from '../../src/report/render-json';
import { renderPdf } from '../../src/report/render-pdf';
import { reportModel, type ReportMeta, type ReportModel } from '../../src/report/report-model';
import { backupTextFromPdf } from '../../src/storage/backup-from-pdf';
import { readBackup } from '../../src/storage/backup-import';

const standardFontDataUrl = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);

/** What a reader gets out of the PDF with pdf.js: each page's text, the outline's titles, the document properties. */
async function extractPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false, verbosity: 0 })
    .promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    /** The page (1-based) an explicit destination [page reference, /XYZ, …] goes to. */
    const pageOf = async (dest: unknown) =>
      Array.isArray(dest) ? (await pdf.getPageIndex(dest[0] as { num: number; gen: number })) + 1 : null;
    const outline = await Promise.all(
      ((await pdf.getOutline()) ?? []).map(async (item) => ({ title: item.title, page: await pageOf(item.dest) })),
    );
    const links = await Promise.all(
      (await (await pdf.getPage(2)).getAnnotations()).map((annotation: { dest?: unknown }) => pageOf(annotation.dest)),
    );
    const { info, metadata } = await pdf.getMetadata();
    return { pages, text: pages.join(' '), outline, links, info: info as Record<string, unknown>, xmp: metadata };
  } finally {
    await pdf.destroy();
  }
}

/** Lines break where the width ends: compare with all whitespace removed, in the characters the PDF's font has. */
const squash = (text: string) => pdfText(text).replace(/\s+/g, '');
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Every character WinAnsi Helvetica can show: anything else in the extracted text would be garbage. */
const winAnsi = /^[\x20-\x7E\xA0-\xFF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;

const meta: ReportMeta = {
  title: 'Beoordeling – Één',
  organisation: 'Stichting Één & Zoë – €5',
  assessor: 'A. de Vries',
  date: '2026-11-22',
};
const exported = new Date('2026-11-22T10:00:00Z');

async function render(compiled: CompiledQuestionnaire, answers: Answers, lang: Lang, reportMeta = meta) {
  const { t } = createI18n(lang);
  const model = reportModel(compiled, answers, reportMeta, lang, t);
  const backup = renderJson(compiled, answers, reportMeta, 'report-1', exported);
  const bytes = await renderPdf(model, t, backup);
  return { t, model, bytes, extracted: await extractPdf(bytes) };
}

/** The section headings, in the order of the Markdown report, after the contents. */
function headings(model: ReportModel, t: ReturnType<typeof createI18n>['t']): string[] {
  return [
    t('report.contents'),
    t('report.summary'),
    t('report.matrix'),
    ...(model.warnings.length > 0 ? [t('report.warnings')] : []),
    ...(model.measures.length > 0 ? [t('report.measures')] : []),
    ...model.calculations.map((calculation) => `${t('report.calculations')}: ${calculation.label}`),
    t('report.trail'),
    t('report.sources'),
    t('report.signOff'),
  ];
}

function expectBackupRoundTrip(bytes: Uint8Array, answers: Answers) {
  const text = backupTextFromPdf(bytes);
  expect(text).not.toBeNull();
  const read = readBackup(text!, text!.length);
  expect(read.ok).toBe(true);
  if (read.ok) expect(read.backup.assessments[0]!.answers).toEqual(answers);
}

const loaded = builtInScenarios();
const cases = scenarioCases();

describe('every worked scenario renders to a complete PDF report', () => {
  it.each(cases)('$name', async ({ compiled, scenario, lang }) => {
    const { t, model, bytes, extracted } = await render(compiled, scenario.answers, lang);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const text = squash(extracted.text);

    expect(model.status).toBe('final');
    expect(text).toContain(squash(t('report.final')));
    expect(text).toContain(squash(model.verdict!.text));
    for (const source of model.sources) expect(text).toContain(squash(source));
    for (const step of model.trail) expect(text).toContain(squash(step.answer));
    // Dutch diacritics, the en dash and the euro sign come out as typed, on the cover, not as look-alikes.
    expect(spaced(extracted.pages[0]!)).toContain('Stichting Één & Zoë – €5');
    expect(extracted.text).toMatch(winAnsi);

    // Page numbers on every page, "pagina x van y" / "page x of y".
    const pages = extracted.pages.length;
    extracted.pages.forEach((page, index) =>
      expect(spaced(page)).toContain(t('report.page', { page: index + 1, pages })),
    );
    // The outline has the section headings, each going to the page it is on; the contents page lists and links them.
    expect(extracted.outline.map(({ title }) => title)).toEqual(headings(model, t));
    for (const { title, page } of extracted.outline)
      expect(squash(extracted.pages[page! - 1]!)).toContain(squash(title));
    for (const heading of headings(model, t)) expect(squash(extracted.pages[1]!)).toContain(squash(heading));
    expect(extracted.links).toEqual(extracted.outline.slice(1).map(({ page }) => page));

    expect(extracted.info).toMatchObject({
      Title: meta.title,
      Author: meta.assessor,
      Creator: t('app.title'),
      Language: lang === 'nl' ? 'nl' : 'en-GB',
    });
    expect(extracted.xmp).not.toBeNull();
    expectBackupRoundTrip(bytes, scenario.answers);
  });
});

const photo = loaded.find(({ compiled }) => compiled.questionnaire.id === 'photo-purpose-test')!;

describe('the PDF of an unfinished assessment', () => {
  it.each(languages)('is a draft on every page and names its open question (%s)', async (lang) => {
    const answers = { description: 'Klassenfoto' };
    const { t, model, bytes, extracted } = await render(photo.compiled, answers, lang);
    expect(model.status).toBe('draft');
    expect(extracted.text).toContain(lang === 'nl' ? 'CONCEPT' : 'DRAFT');
    for (const page of extracted.pages) expect(spaced(page)).toContain(t('report.draft'));
    expect(spaced(extracted.text)).toContain(t('report.draftNoVerdict'));
    expect(squash(extracted.text)).toContain(squash(model.openQuestions[0]!.text));
    expect(spaced(extracted.text)).not.toContain(t('report.final'));
    expectBackupRoundTrip(bytes, answers);
  });
});

describe('hostile answers come out inert and legible', () => {
  const roomy = structuredClone(photo.questionnaire);
  const description = roomy.questions.find((question) => question.id === 'description')!;
  if (description.type !== 'text') throw new Error('description is a text question');
  description.maxLength = 20_000;
  const compiled = compile(roomy);
  const long = 'é'.repeat(9_990);
  const hostile = `<script>alert(1)</script> invoice\u202Efdp.exe 👩‍⚕️ ok 🏳️‍🌈 ${long}`;
  const answers = { description: hostile, recognisable: 'no' };
  const rendered = render(compiled, answers, 'en', { ...meta, assessor: 'Eve\u202Eeve 😀' });

  it('a script tag is plain text, a right-to-left override a visible code, each emoji one "?"', async () => {
    const { extracted } = await rendered;
    const text = spaced(extracted.text);
    expect(text).toContain('<script>alert(1)</script> invoice[U+202E]fdp.exe ? ok ?');
    expect(extracted.text).not.toContain('\u202E');
    expect(extracted.text).toMatch(winAnsi);
    expect(extracted.info.Author).toBe('Eve[U+202E]eve 😀');
  });

  it('a 10,000-character answer comes through whole, over pages', async () => {
    const { t, extracted } = await rendered;
    const pages = extracted.pages.length;
    expect(pages).toBeGreaterThan(4);
    // Without each page's footer (drawn last, so it ends the page's text), the pages read on as one text.
    const body = extracted.pages.map((page, index) => {
      const footer = `${t('report.page', { page: index + 1, pages })} ${meta.title}`;
      expect(spaced(page).endsWith(footer)).toBe(true);
      return spaced(page).slice(0, -footer.length);
    });
    expect(squash(body.join(' '))).toContain(long);
  });

  it('the embedded backup keeps the answer exactly as typed', async () => {
    const { bytes } = await rendered;
    expectBackupRoundTrip(bytes, answers);
    expect(JSON.parse(backupTextFromPdf(bytes)!).assessments[0].answers.description).toBe(hostile);
  });
});

describe('writePdfReport, for report --format pdf', () => {
  it('writes the PDF, which carries the backup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
    try {
      const { t } = createI18n('nl');
      const answers = { description: 'Klassenfoto', recognisable: 'no' };
      const model = reportModel(photo.compiled, answers, meta, 'nl', t);
      const file = join(dir, 'report.pdf');
      const size = await writePdfReport(model, t, renderJson(photo.compiled, answers, meta, 'r', exported), file);
      const bytes = new Uint8Array(readFileSync(file));
      expect(bytes.length).toBe(size);
      expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
      expectBackupRoundTrip(bytes, answers);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
