import JSZip from 'jszip';
import { scenarioCases } from './scenario-cases';
import { describe, expect, it } from 'vitest';
import { builtInFiles, loadQuestionnaireFile } from '../../src/cli/questionnaire-files';
import type { Answers } from '../../src/engine/answer-schema';
import { compile, type CompiledQuestionnaire } from '../../src/engine/compile';
import { type Lang } from '../../src/engine/text';
import { createI18n } from '../../src/i18n/create-i18n';
import { renderDocx } from '../../src/report/render-docx';
import { reportModel, type ReportMeta } from '../../src/report/report-model';

const meta: ReportMeta = {
  title: 'Beoordeling',
  organisation: 'Gemeente Voorbeeld',
  assessor: 'A. de Vries',
  date: '2026-11-22',
};

/** The parts of a .docx that matter here, read from the real bytes. */
async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the .docx`);
    // Decoded strictly: bytes that are not UTF-8 (such as an encoded lone surrogate) make Word refuse the file.
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.async('uint8array'));
  };
  const document = await part('word/document.xml');
  return {
    names: Object.keys(zip.files),
    document,
    text: plain(document),
    styles: await part('word/styles.xml'),
    core: await part('docProps/core.xml'),
    headers: await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d*\.xml$/.test(n))
        .map(part),
    ),
    footers: await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/footer\d*\.xml$/.test(n))
        .map(part),
    ),
  };
}

/** What a reader sees: the tags gone (a paragraph, tab or break read as a space), entities decoded, spaces collapsed. */
const plain = (xml: string) =>
  xml
    .replace(/<\/w:p>|<w:tab\/>|<w:br\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (_match, name: string, dec?: string, hex?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name.toLowerCase()]!,
    )
    .replace(/\s+/g, ' ')
    .trim();
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The document's tables, each a list of rows of cells, each cell with its text and its own XML (for shading). */
const tables = (xml: string) =>
  [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) =>
    [...table!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => ({ text: plain(cell!), xml: cell! })),
    ),
  );
const tableStartingWith = (xml: string, first: string) => {
  const found = tables(xml).find((rows) => rows[0]?.[0]?.text === first);
  if (!found) throw new Error(`no table whose first cell is "${first}"`);
  return found;
};

const cases = scenarioCases();

describe('every worked scenario renders to a complete Word document', () => {
  it.each(cases)('$name', async ({ compiled, scenario, lang }) => {
    const { t } = createI18n(lang);
    const model = reportModel(compiled, scenario.answers, meta, lang, t);
    const bytes = await renderDocx(model, t);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const docx = await open(bytes);
    expect(docx.names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const { text, document } = docx;

    // The title block, the verdict, every source and every answer.
    expect(model.status).toBe('final');
    for (const expected of [
      t('report.final'),
      meta.title,
      meta.organisation!,
      meta.assessor!,
      meta.date,
      squash(model.questionnaire.title),
      t('report.version', { version: model.questionnaire.version }),
      squash(model.verdict!.text),
      t(`outcome.levels.${model.verdict!.level}`),
      ...model.sources.map(squash),
      ...model.trail.map((step) => squash(step.answer)),
      ...model.trail.map((step) => squash(step.text)),
      ...model.risks.map((risk) => squash(risk.text)),
      ...model.warnings.map((warning) => squash(warning.text)),
      t('report.generated', { id: model.questionnaire.id, version: model.questionnaire.version }),
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain(t('report.draft'));

    // Real headings, so Word's navigation pane and a table of contents find them.
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<\/w:p>/g)].map(([p]) => plain(p));
    expect(headings).toEqual(
      expect.arrayContaining([t('report.summary'), t('report.matrix'), t('report.trail'), t('report.sources')]),
    );
    expect(headings.at(-1)).toBe(t('report.signOff'));
    expect(docx.styles).toMatch(/w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(docx.styles).toMatch(/w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>/);

    // The risk matrix: a 3×3 table with its headers, each cell shaded by its band and naming its risks by number.
    if (model.risks.length > 0) {
      const matrix = tableStartingWith(document, `${t('report.likelihood')} \\ ${t('report.severity')}`);
      expect(matrix).toHaveLength(4);
      expect(matrix[0]!.slice(1).map((cell) => cell.text)).toEqual(
        (['low', 'medium', 'high'] as const).map((s) => t(`outcome.scale.${s}`)),
      );
      expect(matrix.slice(1).map((row) => row[0]!.text)).toEqual(
        (['high', 'medium', 'low'] as const).map((s) => t(`outcome.scale.${s}`)),
      );
      for (const row of matrix.slice(1)) {
        expect(row).toHaveLength(4);
        for (const cell of row.slice(1)) expect(cell.xml).toMatch(/<w:shd [^>]*w:fill="[0-9A-F]{6}"/);
      }
      const numbers = matrix.slice(1).flatMap((row) => row.slice(1).map((cell) => cell.text));
      const expected = [...model.matrix].reverse().map((cell) => cell.risks.join(', '));
      expect(numbers.sort()).toEqual(expected.sort());
      // High likelihood and high severity is shaded otherwise than low and low.
      expect(matrix[1]!.at(-1)!.xml.match(/w:fill="(\w+)"/)![1]).not.toBe(
        matrix[3]![1]!.xml.match(/w:fill="(\w+)"/)![1],
      );
      model.risks.forEach((risk, index) => expect(text).toContain(`${index + 1}. ${squash(risk.text)}`));
    } else expect(text).toContain(t('report.noRisks'));

    // The action plan: an editable table, one row per measure, status "to do", owner and due left empty.
    if (model.measures.length > 0) {
      const plan = tableStartingWith(document, t('report.measure'));
      expect(plan[0]!.map((cell) => cell.text)).toEqual(
        (['measure', 'measureStatus', 'owner', 'due', 'source'] as const).map((key) => t(`report.${key}`)),
      );
      expect(plan[0]!.length).toBe(5);
      expect(plan).toHaveLength(model.measures.length + 1);
      model.measures.forEach((measure, index) => {
        const row = plan[index + 1]!;
        expect(row.map((cell) => cell.text)).toEqual([
          squash(measure.text),
          t('report.toDo'),
          '',
          '',
          squash(measure.source.join(' ')),
        ]);
      });
    }

    // Each calculation: its paths with their factors and probability, the figures, the level, its basis, the formula.
    const pathTables = tables(document).filter((rows) => rows[0]?.[0]?.text === t('calculation.path'));
    expect(pathTables).toHaveLength(model.calculations.length);
    for (const [which, calculation] of model.calculations.entries()) {
      const paths = pathTables[which]!;
      expect(paths).toHaveLength(calculation.paths.length + 1);
      calculation.paths.forEach((path, index) => {
        expect(paths[index + 1]![0]!.text).toBe(squash(path.label));
        for (const factor of path.factors) expect(paths[index + 1]![1]!.text).toContain(squash(factor.text));
        expect(paths[index + 1]![2]!.text).toMatch(/%$/);
      });
      expect(text).toContain(`${t('report.calculations')}: ${squash(calculation.label)}`);
      expect(text).toContain(t('calculation.formula', { years: calculation.periodYears }));
      expect(text).toContain(t('calculation.level', { level: t(`outcome.levels.${calculation.level}`) }));
    }

    // The sign-off: advice, decision, date and signature, the right column empty to fill in.
    const signOff = tableStartingWith(document, t('report.advice'));
    expect(signOff.map((row) => row.map((cell) => cell.text))).toEqual(
      (['advice', 'decision', 'date', 'signature'] as const).map((key) => [t(`report.${key}`), '']),
    );

    // Document properties and language.
    expect(docx.core).toContain(`<dc:title>${meta.title}</dc:title>`);
    expect(docx.core).toContain(`<dc:creator>${meta.assessor}</dc:creator>`);
    expect(plain(docx.core.match(/<dc:subject>.*<\/dc:subject>/)![0])).toContain(squash(model.questionnaire.title));
    expect(plain(docx.core.match(/<dc:description>.*<\/dc:description>/)![0])).toBe(squash(model.verdict!.text));
    expect(docx.styles).toMatch(
      new RegExp(`<w:docDefaults>.*<w:lang w:val="${lang === 'nl' ? 'nl-NL' : 'en-GB'}"/>.*</w:docDefaults>`),
    );
    // Page numbers are Word's fields, in a translated "page N of M".
    expect(docx.footers.join('')).toMatch(/PAGE<\/w:instrText>[\s\S]*NUMPAGES<\/w:instrText>/);
    expect(plain(docx.footers.join(''))).toBe(squash(t('report.page', { page: 'PAGE', pages: 'NUMPAGES' })));
    expect(docx.headers.map(plain).join(' ')).not.toContain(t('report.draft'));
  });
});

const photoFile = builtInFiles().find((file) => file.endsWith('photo-purpose-test.yaml'))!;
const photo = loadQuestionnaireFile(photoFile);
if (!photo.ok) throw new Error('photo test does not load');

const render = async (compiled: CompiledQuestionnaire, answers: Answers, lang: Lang, reportMeta = meta) => {
  const { t } = createI18n(lang);
  return open(await renderDocx(reportModel(compiled, answers, reportMeta, lang, t), t));
};

describe('the Word document of an unfinished assessment', () => {
  it.each([
    ['nl', /CONCEPT/],
    ['en', /DRAFT/],
  ] as const)(
    'in %s says %s on the page and on every page, names its open question, and has no verdict',
    async (lang, word) => {
      const { t } = createI18n(lang);
      const compiled = compile(photo.value);
      const model = reportModel(compiled, { description: 'Klassenfoto' }, meta, lang, t);
      expect(model.status).toBe('draft');
      const docx = await render(compiled, { description: 'Klassenfoto' }, lang);
      expect(docx.text).toMatch(word);
      expect(docx.text).toContain(t('report.draft'));
      expect(docx.text).toContain(t('report.draftNoVerdict'));
      expect(docx.text).toContain(t('report.openQuestions'));
      expect(docx.text).toContain(squash(model.openQuestions[0]!.text));
      expect(docx.text).not.toContain(t('report.final'));
      expect(docx.text).not.toContain(`${t('report.verdict')}:`);
      expect(docx.headers.map(plain).join(' ')).toMatch(word);
      expect(plain(docx.core.match(/<dc:description>.*<\/dc:description>/)![0])).toBe(t('report.draft'));
      // The sign-off is there to fill in once the assessment is finished.
      expect(tableStartingWith(docx.document, t('report.advice'))).toHaveLength(4);
    },
  );
});

describe('hostile and unusual text comes out inert and legible', () => {
  const compiled = compile(photo.value);
  const withDescription = (description: string, reportMeta = meta) =>
    render(compiled, { description, recognisable: 'no' }, 'en', reportMeta);

  it('a script tag is text, escaped by the library, in the body and in the properties', async () => {
    const hostile = '<script>alert(1)</script> & "quoted" \'single\'';
    const docx = await withDescription(hostile, { ...meta, title: hostile, organisation: hostile });
    expect(docx.document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(docx.document).not.toMatch(/<script/i);
    expect(docx.text).toContain(hostile);
    expect(docx.core).toContain('<dc:title>&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(docx.core).not.toMatch(/<script/i);
  });

  it('a right-to-left override is shown as a visible code, not obeyed', async () => {
    const docx = await withDescription('invoice\u202Efdp.exe', { ...meta, assessor: 'A.\u2066 de Vries' });
    expect(docx.document).not.toMatch(/[\u202E\u2066]/);
    expect(docx.core).not.toMatch(/[\u202E\u2066]/);
    expect(docx.text).toContain('invoice[U+202E]fdp.exe');
    expect(docx.text).toContain('A.[U+2066] de Vries');
  });

  it('a 10,000-character answer and emoji come through whole', async () => {
    const roomy = structuredClone(photo.value);
    const description = roomy.questions[0]!;
    expect(description.type).toBe('text');
    if (description.type === 'text') description.maxLength = 20_000;
    const long = 'é'.repeat(9_990) + ' 👩‍⚕️🏳️‍🌈';
    const docx = await render(compile(roomy), { description: long, recognisable: 'no' }, 'en');
    expect(docx.text).toContain(long);
  });

  it('line breaks stay breaks, control characters and lone surrogates go, and the XML stays well formed', async () => {
    const docx = await withDescription('first line\nsecond line\u0007\uD800 end\uFFFF');
    expect(docx.document).toMatch(/first line<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>second line/);
    expect(docx.text).toContain('first line second line\uFFFD end\uFFFD');
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(docx.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(docx.document).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('Dutch diacritics, typographic quotes and the euro sign survive', async () => {
    const dutch = 'Één café, ’s-Hertogenbosch: reïntegratie à € 1.250,– per maand (coöperatie, naïef)';
    const docx = await render(compile(photo.value), { description: dutch, recognisable: 'no' }, 'nl', {
      ...meta,
      organisation: 'Gemeente ’s-Hertogenbosch',
      assessor: 'Ç. Ünal-Høegh',
    });
    expect(docx.text).toContain(dutch);
    expect(docx.text).toContain('Gemeente ’s-Hertogenbosch');
    expect(docx.text).toContain('Ç. Ünal-Høegh');
    expect(docx.text).toContain('Risico’s naar kans en ernst');
  });
});
