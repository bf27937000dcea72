import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { TFunction } from 'i18next';
import { calculationSentences, percentIn } from './calculation-sentences';
import { inertText } from './inert-text';
import { riskBand } from './risk-band';
import type { ReportModel } from './report-model';

/**
 * The report as a Word document (.docx): the same content and order as the Markdown, with real headings (for the
 * navigation pane and a table of contents), real tables (the risk matrix, an action plan and a sign-off to fill in)
 * and the document's properties and language set. Loaded only when someone asks for it: importing it does nothing.
 */
export async function renderDocx(report: ReportModel, t: TFunction): Promise<Uint8Array> {
  const percent = percentIn(report.lang);
  const number = (value: number) => new Intl.NumberFormat(report.lang, { maximumFractionDigits: 10 }).format(value);
  const or = (value: string | null) => (value ? text(value) : t('report.notGiven'));
  const version = t('report.version', { version: text(report.questionnaire.version) });
  const body: (Paragraph | Table)[] = [];
  const heading = (label: string) =>
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(label) }));
  const cited = (sources: string[], options: ParagraphOptions = {}) =>
    sources.length > 0 ? [note(`${t('report.source')}: ${sources.map(text).join('; ')}`, options)] : [];

  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(text(report.meta.title)) }));
  body.push(
    report.status === 'draft'
      ? para(t('report.draft'), { bold: true, size: 28, color: colour.draft }, { border: box(colour.draft) })
      : para(t('report.final'), { bold: true }),
  );
  body.push(
    table(
      [30, 70],
      [
        [t('report.questionnaire'), `${text(report.questionnaire.title)} (${version})`],
        [t('report.organisation'), or(report.meta.organisation)],
        [t('report.assessor'), or(report.meta.assessor)],
        [t('report.date'), text(report.meta.date)],
      ].map(([label, value]) => [cell(label!, { head: true }), cell(value!)]),
    ),
  );

  heading(t('report.summary'));
  if (report.verdict) {
    body.push(labelled(t('report.verdict'), text(report.verdict.text)));
    body.push(labelled(t('report.level'), t(`outcome.levels.${report.verdict.level}`)));
    if (report.verdict.explanation) body.push(para(text(report.verdict.explanation)));
  } else {
    body.push(para(t('report.draftNoVerdict')), para(`${t('report.openQuestions')}:`, { bold: true }));
    for (const question of report.openQuestions) body.push(bullet(text(question.text)));
  }

  heading(t('report.matrix'));
  if (report.risks.length === 0) body.push(para(t('report.noRisks')));
  else {
    // The scale's order as the model lists its cells (low to high), so this module needs none of the engine's code.
    const severities = [...new Set(report.matrix.map((c) => c.severity))];
    const likelihoods = [...new Set(report.matrix.map((c) => c.likelihood))];
    body.push(
      table(
        [34, 22, 22, 22],
        [
          [
            cell(`${t('report.likelihood')} \\ ${t('report.severity')}`, { head: true }),
            ...severities.map((severity) => cell(t(`outcome.scale.${severity}`), { head: true, align: 'center' })),
          ],
          ...[...likelihoods].reverse().map((likelihood) => [
            cell(t(`outcome.scale.${likelihood}`), { head: true }),
            ...severities.map((severity) => {
              const { risks } = report.matrix.find((c) => c.likelihood === likelihood && c.severity === severity)!;
              return cell(risks.join(', '), {
                bold: true,
                align: 'center',
                fill: colour[riskBand(likelihood, severity)],
              });
            }),
          ]),
        ],
        { header: true, keepRows: true },
      ),
    );
    report.risks.forEach((risk, index) =>
      body.push(
        numbered(index + 1, [
          ...runs(text(risk.text)),
          ...runs(
            ` (${t('report.likelihood')}: ${t(`outcome.scale.${risk.likelihood}`)}, ${t('report.severity')}: ${t(`outcome.scale.${risk.severity}`)})`,
          ),
        ]),
        ...cited(risk.source, hanging),
      ),
    );
  }

  if (report.warnings.length > 0) {
    heading(t('report.warnings'));
    for (const warning of report.warnings) body.push(bullet(text(warning.text)), ...cited(warning.source, hanging));
  }

  if (report.measures.length > 0) {
    heading(t('report.measures'));
    const columns = ['measure', 'measureStatus', 'owner', 'due', 'source'] as const;
    body.push(
      table(
        [33, 12, 15, 14, 26],
        [
          columns.map((column) => cell(t(`report.${column}`), { head: true })),
          ...report.measures.map((measure) => [
            cell(text(measure.text)),
            cell(t('report.toDo')),
            cell(''),
            cell(''),
            cell(measure.source.map(text), { small: true }),
          ]),
        ],
        { header: true },
      ),
    );
  }

  for (const calculation of report.calculations) {
    const years = calculation.periodYears;
    const said = calculationSentences(calculation, t, report.lang, text);
    heading(`${t('report.calculations')}: ${text(calculation.label)}`);
    body.push(
      table(
        [30, 50, 20],
        [
          [t('calculation.path'), t('calculation.factors'), t('calculation.probability', { years })].map((label) =>
            cell(label, { head: true }),
          ),
          ...calculation.paths.map((path) => [
            cell(text(path.label)),
            cell(
              path.factors.map((factor) =>
                t('calculation.factor', { question: text(factor.text), value: number(factor.value) }),
              ),
            ),
            cell(percent(path.probability), { align: 'right' }),
          ]),
        ],
        { header: true },
      ),
      para(said.overPeriod, { bold: true }, above),
      para(said.perYear),
      para(said.threshold),
      para(said.level, { bold: true }),
      para(said.basis),
      note(said.formula),
      ...cited(calculation.source),
    );
  }

  heading(t('report.trail'));
  report.trail.forEach((step, index) =>
    body.push(
      numbered(index + 1, runs(text(step.text), { bold: true })),
      new Paragraph({
        ...hanging,
        children: [
          ...runs(`${t('report.answer')}: `),
          ...runs(text(step.answer), { bold: true }),
          ...runs(` → ${t('report.leadsTo')}: ${text(step.leadsTo)}`),
        ],
      }),
      ...cited(step.source, hanging),
    ),
  );

  heading(t('report.sources'));
  for (const source of report.sources) body.push(bullet(text(source)));

  heading(t('report.signOff'));
  body.push(
    table(
      [35, 65],
      (['advice', 'decision', 'date', 'signature'] as const).map((field) => [
        cell(t(`report.${field}`), { head: true }),
        cell(''),
      ]),
      { keepRows: true, minHeight: 1000 },
    ),
    note(t('report.generated', { id: text(report.questionnaire.id), version: text(report.questionnaire.version) }), {
      spacing: { before: 480 },
    }),
  );

  const language = { value: report.lang === 'nl' ? 'nl-NL' : 'en-GB' };
  const author = report.meta.assessor ? text(report.meta.assessor) : t('app.title');
  const document = new Document({
    title: text(report.meta.title),
    subject: `${text(report.questionnaire.title)} (${version})`,
    creator: author,
    lastModifiedBy: author,
    description: report.verdict ? text(report.verdict.text) : t('report.draft'),
    keywords: text(report.questionnaire.id),
    styles: {
      default: {
        document: { run: { font, size: 22, language }, paragraph: { spacing: { after: 120 } } },
        heading1: {
          run: { font, size: 36, bold: true, color: colour.heading },
          paragraph: { spacing: { after: 240 }, keepNext: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font, size: 28, bold: true, color: colour.heading },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 1 },
        },
      },
    },
    sections: [
      {
        ...(report.status === 'draft'
          ? {
              headers: {
                default: new Header({ children: [para(t('report.draft'), { bold: true, color: colour.draft })] }),
              },
            }
          : {}),
        footers: { default: new Footer({ children: [pageOfPages(t)] }) },
        children: body,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}

type RunOptions = Omit<IRunOptions, 'text' | 'children' | 'break'>;
type ParagraphOptions = Omit<IParagraphOptions, 'text' | 'children'>;

const font = 'Calibri';

const colour = {
  heading: '154273',
  draft: '9E0000',
  note: '545454',
  border: '8C8C8C',
  head: 'EEF1F5',
  // Pale enough for black text on each; the same three bands as the app's matrix.
  low: 'D5EFD5',
  medium: 'FFE8A3',
  high: 'F7C6C6',
} as const;

/** A4 less the default margins, in twentieths of a point. */
const textWidth = 9026;
const indent = 425;
const hanging: ParagraphOptions = { indent: { left: indent } };
const above: ParagraphOptions = { spacing: { before: 240 } };

/**
 * User text made inert (bidirectional controls shown as codes, control characters dropped) and valid in XML: U+FFFE
 * and U+FFFF are not XML characters and a lone surrogate is not UTF-8, and either makes Word refuse the whole file.
 * The library escapes `<`, `&` and quotes.
 */
const text = (value: string) =>
  inertText(value).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    '\uFFFD',
  );

/** A text as runs, its line breaks kept as breaks (Word would show a newline inside a run as a space). */
const runs = (value: string, options: RunOptions = {}) =>
  value
    .split(/\r\n|\r|\n/)
    .map((part, index) => new TextRun({ ...options, text: part, ...(index > 0 ? { break: 1 } : {}) }));

const para = (value: string, style: RunOptions = {}, options: ParagraphOptions = {}) =>
  new Paragraph({ ...options, children: runs(value, style) });

const labelled = (label: string, value: string) =>
  new Paragraph({ children: [...runs(`${label}: `, { bold: true }), ...runs(value)] });

/** A source or a remark: smaller and grey, under the text it belongs to. */
const note = (value: string, options: ParagraphOptions = {}) =>
  para(value, { size: 18, color: colour.note }, { spacing: { after: 160 }, ...options });

const bullet = (value: string) => new Paragraph({ bullet: { level: 0 }, children: runs(value) });

/**
 * A numbered item with its number written out rather than a Word list: the risk matrix refers to risks by these
 * numbers, so they must stay as printed whatever someone edits around them.
 */
const numbered = (n: number, children: TextRun[]) =>
  new Paragraph({
    indent: { left: indent, hanging: indent },
    tabStops: [{ type: TabStopType.LEFT, position: indent }],
    keepNext: true,
    spacing: { before: n === 1 ? 240 : 0, after: 60 },
    children: [new TextRun({ text: `${n}.\t` }), ...children],
  });

const line = (color: string) => ({ style: BorderStyle.SINGLE, size: 8, color, space: 4 });
const box = (color: string) => ({ top: line(color), bottom: line(color), left: line(color), right: line(color) });

/**
 * A table cell of one or more paragraphs. A heading cell (a column's or a row's name) is bold on light grey; an empty
 * cell is left to fill in.
 */
const cell = (
  content: string | string[],
  options: { head?: boolean; bold?: boolean; small?: boolean; align?: 'center' | 'right'; fill?: string } = {},
) => {
  const fill = options.fill ?? (options.head ? colour.head : undefined);
  const alignment =
    options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : undefined;
  return new TableCell({
    children: (typeof content === 'string' ? [content] : content).map((value) =>
      para(
        value,
        { ...(options.head || options.bold ? { bold: true } : {}), ...(options.small ? { size: 18 } : {}) },
        { spacing: { after: 40 }, ...(alignment ? { alignment } : {}) },
      ),
    ),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
  });
};

/**
 * A table over the text width. A header row repeats on each page; rows are kept whole only where they are short, as
 * Word cuts off a row that may not break and is taller than a page.
 */
const table = (
  percentages: number[],
  rows: TableCell[][],
  options: { header?: boolean; keepRows?: boolean; minHeight?: number } = {},
) => {
  const border = { style: BorderStyle.SINGLE, size: 4, color: colour.border };
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: percentages.map((p) => Math.round((textWidth * p) / 100)),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: rows.map(
      (cells, index) =>
        new TableRow({
          children: cells,
          ...(options.keepRows ? { cantSplit: true } : {}),
          ...(options.header && index === 0 ? { tableHeader: true } : {}),
          ...(options.minHeight ? { height: { value: options.minHeight, rule: HeightRule.ATLEAST } } : {}),
        }),
    ),
  });
};

/** The translated "page N of M", with Word's fields for the page number and the page count wherever they fall. */
function pageOfPages(t: TFunction) {
  const fields: Record<string, (typeof PageNumber)[keyof typeof PageNumber]> = {
    '\uE000': PageNumber.CURRENT,
    '\uE001': PageNumber.TOTAL_PAGES,
  };
  const small = { size: 18, color: colour.note };
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    run: small,
    children: t('report.page', { page: '\uE000', pages: '\uE001' })
      .split(/(\uE000|\uE001)/)
      .filter((part) => part !== '')
      .map((part) => new TextRun({ ...small, ...(fields[part] ? { children: [fields[part]] } : { text: part }) })),
  });
}
