import type { TFunction } from 'i18next';
import { jsPDF } from 'jspdf';
import type { Backup } from '../storage/backup-format';
import { pdfBackupPayload } from '../storage/backup-from-pdf';
import { inertText } from './inert-text';
import { colours, PdfLayout, type Rgb } from './pdf-layout';
import { pdfText } from './pdf-text';
import { calculationSentences, percentIn } from './calculation-sentences';
import type { ReportModel, Scale } from './report-model';
import { riskBand } from './risk-band';

/**
 * report-model's scale, low to high, repeated here: importing a value from report-model would bring the engine and zod
 * into this lazily loaded chunk. The type of `scale` fails to compile if Scale ever has a member this list lacks.
 */
const levels = ['low', 'medium', 'high'] as const satisfies readonly Scale[];
const scale: [Exclude<Scale, (typeof levels)[number]>] extends [never] ? readonly Scale[] : never = levels;

/** Where the embedded backup lives in the XMP metadata: a namespace of our own, no address to look up. */
const backupNamespace = 'urn:x-privacy-assessments:backup:1/';

/** The risk matrix's bands (riskBand: one rule for screen and paper), pale enough for black text; as in the Word report. */
const bandColours: Record<ReturnType<typeof riskBand>, Rgb> = {
  low: [213, 239, 213],
  medium: [255, 232, 163],
  high: [247, 198, 198],
};

/** A section: its heading, how it draws itself, and how much of it must fit below the heading on the same page. */
type Section = { title: string; draw: () => void; keep: number };

/**
 * The report as a PDF (A4): a cover, a contents list that links to each section, the same sections in the same order
 * as the Markdown report, page numbers, an outline of the headings, document properties and language, and the
 * assessment's backup in the metadata so that importing the PDF restores it (see storage/backup-from-pdf.ts).
 * All text is real text in the standard Helvetica (nothing embedded); pdf-text.ts says what becomes of characters
 * that font cannot show.
 */
export async function renderPdf(model: ReportModel, t: TFunction, assessment: Backup): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  const layout = new PdfLayout(doc);
  const or = (value: string | null) => value ?? t('report.notGiven');
  const cite = (sources: string[]) => (sources.length > 0 ? ` — ${t('report.source')}: ${sources.join('; ')}` : '');
  const percent = percentIn(model.lang);
  const status = model.status === 'draft' ? t('report.draft') : t('report.final');

  doc.setDocumentProperties({
    title: inertText(model.meta.title),
    subject: inertText(
      `${model.questionnaire.title} (${t('report.version', { version: model.questionnaire.version })})`,
    ),
    author: inertText(model.meta.assessor ?? ''),
    keywords: inertText(
      [model.questionnaire.id, model.questionnaire.title, status, model.meta.organisation ?? '']
        .filter(Boolean)
        .join(', '),
    ),
    creator: t('app.title'),
  });
  doc.setLanguage(model.lang === 'nl' ? 'nl' : 'en-GB');
  doc.addMetadata(pdfBackupPayload(JSON.stringify(assessment)), backupNamespace);

  drawCover(layout, model, t, status, or);

  const sections: Section[] = [];
  const section = (title: string, draw: () => void, keep = 4 * layout.lineHeight()) =>
    sections.push({ title, draw, keep });

  section(t('report.summary'), () => {
    const labelWidth = labelColumn(layout, [t('report.verdict'), t('report.level')]);
    if (model.verdict) {
      layout.field(t('report.verdict'), model.verdict.text, labelWidth, { style: 'bold' });
      layout.field(t('report.level'), t(`outcome.levels.${model.verdict.level}`), labelWidth);
      if (model.verdict.explanation) layout.paragraph(model.verdict.explanation);
    } else {
      layout.paragraph(t('report.draftNoVerdict'));
      layout.paragraph(`${t('report.openQuestions')}:`, { style: 'bold', after: 3 });
      for (const question of model.openQuestions) layout.item('•', question.text);
    }
  });

  section(
    t('report.matrix'),
    () => {
      if (model.risks.length === 0) return layout.paragraph(t('report.noRisks'));
      drawMatrix(layout, model, t);
      model.risks.forEach((risk, index) =>
        layout.item(
          `${index + 1}.`,
          `${risk.text} (${t('report.likelihood')}: ${t(`outcome.scale.${risk.likelihood}`)}, ${t('report.severity')}: ${t(`outcome.scale.${risk.severity}`)})${cite(risk.source)}`,
        ),
      );
    },
    model.risks.length > 0 ? 180 : undefined,
  );

  if (model.warnings.length > 0)
    section(t('report.warnings'), () => {
      for (const warning of model.warnings) layout.item('•', `${warning.text}${cite(warning.source)}`);
    });

  if (model.measures.length > 0)
    section(t('report.measures'), () =>
      layout.table({
        head: [
          [t('report.measure'), t('report.measureStatus'), t('report.owner'), t('report.due'), t('report.source')].map(
            pdfText,
          ),
        ],
        body: model.measures.map((measure) =>
          [measure.text, t('report.toDo'), '', '', measure.source.join('; ')].map(pdfText),
        ),
        columnStyles: {
          0: { cellWidth: 'auto' },
          1: { cellWidth: 50 },
          2: { cellWidth: 56 },
          3: { cellWidth: 50 },
          4: { cellWidth: 140, fontSize: 8 },
        },
      }),
    );

  for (const calculation of model.calculations)
    section(`${t('report.calculations')}: ${calculation.label}`, () => {
      layout.table({
        head: [
          [
            t('calculation.path'),
            t('calculation.factors'),
            t('calculation.probability', { years: calculation.periodYears }),
          ].map(pdfText),
        ],
        body: calculation.paths.map((path) =>
          [
            path.label,
            path.factors.map((factor) => `${factor.text} = ${factor.value}`).join('\n'),
            percent(path.probability),
          ].map(pdfText),
        ),
        columnStyles: { 0: { cellWidth: 110 }, 2: { cellWidth: 80, halign: 'right' } },
      });
      const said = calculationSentences(calculation, t, model.lang);
      layout.paragraph(said.overPeriod);
      layout.paragraph(said.perYear);
      layout.paragraph(`${said.threshold} ${said.level}`);
      layout.paragraph(said.basis);
      layout.paragraph(said.formula, {
        size: 9,
        colour: colours.muted,
      });
    });

  section(t('report.trail'), () => {
    const labelWidth = labelColumn(layout, [t('report.answer'), t('report.leadsTo'), t('report.source')]);
    model.trail.forEach((step, index) => {
      layout.ensure(4 * layout.lineHeight());
      layout.item(`${index + 1}.`, step.text, { style: 'bold', after: 1 });
      layout.field(t('report.answer'), step.answer, labelWidth, { indent: 18 });
      layout.field(t('report.leadsTo'), step.leadsTo, labelWidth, { indent: 18 });
      if (step.source.length > 0)
        layout.field(t('report.source'), step.source.join('; '), labelWidth, { indent: 18, size: 9 });
      layout.space(4);
    });
  });

  section(t('report.sources'), () => {
    for (const source of model.sources) layout.item('•', source);
  });

  // The sign-off stays on one page with its heading: four rows to fill in by hand.
  section(
    t('report.signOff'),
    () => {
      layout.table({
        body: (['advice', 'decision', 'date', 'signature'] as const).map((field) => [
          pdfText(t(`report.${field}`)),
          '',
        ]),
        columnStyles: { 0: { cellWidth: 170, fontStyle: 'bold' }, 1: { minCellHeight: 42 } },
      });
      layout.paragraph(t('report.generated', { id: model.questionnaire.id, version: model.questionnaire.version }), {
        size: 8,
        style: 'italic',
        colour: colours.muted,
      });
    },
    220,
  );

  // The contents pages come right after the cover; how many is known before the sections are drawn.
  const perContentsPage = Math.floor((layout.bottom - layout.top - 40) / contentsRow);
  const contentsPages = Math.max(1, Math.ceil(sections.length / perContentsPage));
  for (let index = 0; index < contentsPages; index++) layout.newPage();

  doc.outline.add(null, inertText(t('report.contents')), { pageNumber: 2 });
  const placed: { title: string; page: number }[] = [];
  sections.forEach(({ title, draw, keep }, index) => {
    if (index === 0) layout.newPage();
    else layout.space(14);
    layout.ensure(28 + keep);
    placed.push({ title, page: layout.page });
    doc.outline.add(null, inertText(title), { pageNumber: layout.page });
    layout.paragraph(title, { size: 15, style: 'bold', colour: colours.heading, after: 8 });
    draw();
  });

  drawContents(layout, t, placed, perContentsPage);
  drawPageFurniture(layout, model, t, status);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** A label column as wide as the widest label, within reason. */
function labelColumn(layout: PdfLayout, labels: string[], size = 10): number {
  return Math.min(160, Math.max(...labels.map((label) => layout.textWidth(label, { size, style: 'bold' }))) + 12);
}

function drawCover(
  layout: PdfLayout,
  model: ReportModel,
  t: TFunction,
  status: string,
  or: (value: string | null) => string,
): void {
  const { doc } = layout;
  layout.y = 120;
  layout.paragraph(model.questionnaire.title, { size: 12, colour: colours.muted, after: 10 });
  layout.paragraph(model.meta.title, { size: 26, style: 'bold', colour: colours.heading, after: 18 });

  // The status as a band: white on dark red for a draft, so it cannot be mistaken for a final report.
  const size = 13;
  const lines = layout.lines(status, layout.width - 24, { size, style: 'bold' });
  const height = lines.length * layout.lineHeight(size) + 16;
  const draft = model.status === 'draft';
  doc.setDrawColor(...(draft ? colours.draft : colours.heading));
  doc.setFillColor(...(draft ? colours.draft : colours.white));
  doc.setLineWidth(1.5);
  doc.rect(layout.left, layout.y, layout.width, height, draft ? 'FD' : 'S');
  layout.font({ size, style: 'bold', colour: draft ? colours.white : colours.heading });
  lines.forEach((line, index) =>
    doc.text(line, layout.left + 12, layout.y + 8 + index * layout.lineHeight(size), { baseline: 'top' }),
  );
  layout.y += height + 28;

  const fields: [string, string][] = [
    [
      t('report.questionnaire'),
      `${model.questionnaire.title} (${t('report.version', { version: model.questionnaire.version })})`,
    ],
    [t('report.organisation'), or(model.meta.organisation)],
    [t('report.assessor'), or(model.meta.assessor)],
    [t('report.date'), model.meta.date],
  ];
  const labelWidth = labelColumn(
    layout,
    fields.map(([label]) => label),
    11,
  );
  for (const [label, value] of fields) layout.field(label, value, labelWidth, { size: 11 });

  // The conclusion at a glance, so a filed copy says on its first page what it decided.
  layout.y += 24;
  if (model.verdict) {
    layout.paragraph(t('report.verdict'), { size: 11, style: 'bold', colour: colours.muted, after: 4 });
    layout.paragraph(model.verdict.text, { size: 14, style: 'bold', colour: colours.heading, after: 8 });
    layout.field(t('report.level'), t(`outcome.levels.${model.verdict.level}`), labelWidth, { size: 11 });
  } else {
    layout.paragraph(t('report.draftNoVerdict'), { size: 12, style: 'bold', colour: colours.draft, after: 4 });
    for (const question of model.openQuestions) layout.paragraph(question.text, { size: 12, after: 4 });
  }
}

const contentsRow = 20;

/** The contents on the pages after the cover: each heading, its page, and a link to it. */
function drawContents(
  layout: PdfLayout,
  t: TFunction,
  placed: { title: string; page: number }[],
  perPage: number,
): void {
  const { doc } = layout;
  placed.forEach(({ title, page }, index) => {
    if (index % perPage === 0) {
      doc.setPage(2 + index / perPage);
      layout.y = layout.top;
      if (index === 0)
        layout.paragraph(t('report.contents'), { size: 15, style: 'bold', colour: colours.heading, after: 14 });
    }
    const number = String(page);
    layout.font({ size: 11 });
    const numberWidth = doc.getTextWidth(number);
    const [line = ''] = layout.lines(title, layout.width - numberWidth - 24, { size: 11 });
    const shown = line.length < pdfText(title).length ? `${line.trimEnd()}…` : line;
    doc.text(shown, layout.left, layout.y, { baseline: 'top' });
    doc.text(number, layout.right, layout.y, { baseline: 'top', align: 'right' });
    // A dotted leader from the title to its page number.
    const from = layout.left + doc.getTextWidth(shown) + 6;
    const to = layout.right - numberWidth - 6;
    if (to > from) {
      doc.setDrawColor(...colours.rule);
      doc.setLineWidth(0.75);
      doc.setLineDashPattern([1, 3], 0);
      doc.line(from, layout.y + 9, to, layout.y + 9);
      doc.setLineDashPattern([], 0);
    }
    doc.link(layout.left, layout.y - 2, layout.width, contentsRow - 2, { pageNumber: page });
    layout.y += contentsRow;
  });
}

/** Every page: its number of the total and the report's title; on a draft, every page after the cover says so at the top. */
function drawPageFurniture(layout: PdfLayout, model: ReportModel, t: TFunction, status: string): void {
  const { doc } = layout;
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const footerY = layout.pageHeight - 40;
    doc.setDrawColor(...colours.rule);
    doc.setLineWidth(0.5);
    doc.line(layout.left, footerY - 6, layout.right, footerY - 6);
    const number = pdfText(t('report.page', { page, pages }));
    layout.font({ size: 8, colour: colours.muted });
    doc.text(number, layout.right, footerY, { baseline: 'top', align: 'right' });
    const [title = ''] = layout.lines(model.meta.title, layout.width - doc.getTextWidth(number) - 24, {
      size: 8,
      colour: colours.muted,
    });
    doc.text(title, layout.left, footerY, { baseline: 'top' });
    if (model.status === 'draft' && page > 1) {
      layout.font({ size: 9, style: 'bold', colour: colours.draft });
      const [line = ''] = layout.lines(status, layout.width, { size: 9, style: 'bold', colour: colours.draft });
      doc.text(line, layout.left, 36, { baseline: 'top' });
    }
  }
}

/** The likelihood × severity grid as vector graphics: high likelihood at the top, severity rising to the right. */
function drawMatrix(layout: PdfLayout, model: ReportModel, t: TFunction): void {
  const { doc } = layout;
  const axisWidth = 18;
  const rowLabelWidth = Math.max(...scale.map((s) => layout.textWidth(t(`outcome.scale.${s}`), { size: 9 }))) + 12;
  const cellWidth = Math.min(110, (layout.width - axisWidth - rowLabelWidth) / scale.length);
  const numbers = (likelihood: Scale, severity: Scale) =>
    model.matrix.find((entry) => entry.likelihood === likelihood && entry.severity === severity)?.risks ?? [];
  const numberStyle = { size: 11, style: 'bold' } as const;
  // Tall enough for the most crowded cell.
  const mostLines = Math.max(
    ...scale.flatMap((likelihood) =>
      scale.map(
        (severity) => layout.lines(numbers(likelihood, severity).join(', '), cellWidth - 8, numberStyle).length,
      ),
    ),
  );
  const cellHeight = Math.max(40, mostLines * layout.lineHeight(numberStyle.size) + 12);
  const headerHeight = 32;
  const gridLeft = layout.left + axisWidth + rowLabelWidth;
  const gridWidth = cellWidth * scale.length;
  layout.ensure(headerHeight + cellHeight * scale.length + 16);
  const top = layout.y;
  const gridTop = top + headerHeight;

  // Severity across the top: the axis name, then each column's label.
  layout.font({ size: 9, style: 'bold' });
  doc.text(pdfText(t('report.severity')), gridLeft + gridWidth / 2, top, { baseline: 'top', align: 'center' });
  layout.font({ size: 9 });
  scale.forEach((severity, column) =>
    doc.text(pdfText(t(`outcome.scale.${severity}`)), gridLeft + (column + 0.5) * cellWidth, top + 16, {
      baseline: 'top',
      align: 'center',
    }),
  );
  // Likelihood down the side, high at the top.
  const rows: Scale[] = [...scale].reverse();
  layout.font({ size: 9, style: 'bold' });
  const axis = pdfText(t('report.likelihood'));
  doc.text(axis, layout.left + 12, gridTop + (cellHeight * scale.length + doc.getTextWidth(axis)) / 2, {
    angle: 90,
  });
  rows.forEach((likelihood, row) => {
    const y = gridTop + row * cellHeight;
    layout.font({ size: 9 });
    doc.text(pdfText(t(`outcome.scale.${likelihood}`)), gridLeft - 6, y + cellHeight / 2, {
      baseline: 'middle',
      align: 'right',
    });
    scale.forEach((severity, column) => {
      const x = gridLeft + column * cellWidth;
      const risks = numbers(likelihood, severity);
      doc.setFillColor(...bandColours[riskBand(likelihood, severity)]);
      doc.setDrawColor(...colours.white);
      doc.setLineWidth(2);
      doc.rect(x, y, cellWidth, cellHeight, 'FD');
      if (risks.length === 0) return;
      const lines = layout.lines(risks.join(', '), cellWidth - 8, numberStyle);
      const lineHeight = layout.lineHeight(numberStyle.size);
      const first = y + cellHeight / 2 - ((lines.length - 1) * lineHeight) / 2;
      lines.forEach((line, index) =>
        doc.text(line, x + cellWidth / 2, first + index * lineHeight, { baseline: 'middle', align: 'center' }),
      );
    });
  });
  layout.y = gridTop + cellHeight * scale.length + 16;
}
