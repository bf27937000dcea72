import type { TFunction } from 'i18next';
import { calculationSentences, percentIn } from './calculation-sentences';
import { inertText } from './inert-text';
import { scale, type ReportModel } from './report-model';

/**
 * Markdown and HTML characters escaped, so an answer like `<script>` or `**x**` reads as typed and does nothing.
 * With brackets escaped no link can form, so parentheses stay as they are and the source remains readable.
 */
const md = (text: string) =>
  inertText(text)
    .replace(/[\\`*_[\]|<>~]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, ' ')
    .replace(/^(\s*)([#+-]|\d+\.)/, (_match, space: string, marker: string) => `${space}\\${marker}`);

const cite = (t: TFunction, sources: string[]) =>
  sources.length > 0 ? ` — ${t('report.source')}: ${sources.map(md).join('; ')}` : '';

/** The report as Markdown: readable as plain text, and the same content as the PDF and Word renderings. */
export function renderMarkdown(report: ReportModel, t: TFunction): string {
  const lines: string[] = [];
  const percent = percentIn(report.lang);
  const or = (value: string | null) => (value ? md(value) : t('report.notGiven'));

  lines.push(
    `# ${md(report.meta.title)}`,
    '',
    `**${report.status === 'draft' ? t('report.draft') : t('report.final')}**`,
    '',
  );
  lines.push('| | |', '| --- | --- |');
  lines.push(
    `| ${t('report.questionnaire')} | ${md(report.questionnaire.title)} (${t('report.version', { version: report.questionnaire.version })}) |`,
  );
  lines.push(`| ${t('report.organisation')} | ${or(report.meta.organisation)} |`);
  lines.push(`| ${t('report.assessor')} | ${or(report.meta.assessor)} |`);
  lines.push(`| ${t('report.date')} | ${md(report.meta.date)} |`, '');

  lines.push(`## ${t('report.summary')}`, '');
  if (report.verdict) {
    lines.push(`**${t('report.verdict')}:** ${md(report.verdict.text)}`, '');
    lines.push(`**${t('report.level')}:** ${t(`outcome.levels.${report.verdict.level}`)}`, '');
    if (report.verdict.explanation) lines.push(md(report.verdict.explanation), '');
  } else {
    lines.push(t('report.draftNoVerdict'), '', `**${t('report.openQuestions')}:**`, '');
    for (const question of report.openQuestions) lines.push(`- ${md(question.text)}`);
    lines.push('');
  }

  lines.push(`## ${t('report.matrix')}`, '');
  if (report.risks.length === 0) lines.push(t('report.noRisks'), '');
  else {
    lines.push(
      `| ${t('report.likelihood')} \\\\ ${t('report.severity')} | ${scale.map((s) => t(`outcome.scale.${s}`)).join(' | ')} |`,
    );
    lines.push(`| --- | ${scale.map(() => '---').join(' | ')} |`);
    for (const likelihood of [...scale].reverse()) {
      const cells = scale.map((severity) =>
        report.matrix.find((c) => c.likelihood === likelihood && c.severity === severity)!.risks.join(', '),
      );
      lines.push(`| ${t(`outcome.scale.${likelihood}`)} | ${cells.join(' | ')} |`);
    }
    lines.push('');
    report.risks.forEach((risk, index) =>
      lines.push(
        `${index + 1}. ${md(risk.text)} (${t('report.likelihood')}: ${t(`outcome.scale.${risk.likelihood}`)}, ${t('report.severity')}: ${t(`outcome.scale.${risk.severity}`)})${cite(t, risk.source)}`,
      ),
    );
    lines.push('');
  }

  if (report.warnings.length > 0) {
    lines.push(`## ${t('report.warnings')}`, '');
    for (const warning of report.warnings) lines.push(`- ${md(warning.text)}${cite(t, warning.source)}`);
    lines.push('');
  }

  if (report.measures.length > 0) {
    lines.push(`## ${t('report.measures')}`, '');
    lines.push(
      `| ${t('report.measure')} | ${t('report.measureStatus')} | ${t('report.owner')} | ${t('report.due')} | ${t('report.source')} |`,
    );
    lines.push('| --- | --- | --- | --- | --- |');
    for (const measure of report.measures)
      lines.push(`| ${md(measure.text)} | ${t('report.toDo')} | | | ${measure.source.map(md).join('; ')} |`);
    lines.push('');
  }

  for (const calculation of report.calculations) {
    lines.push(`## ${t('report.calculations')}: ${md(calculation.label)}`, '');
    lines.push(
      `| ${t('calculation.path')} | ${t('calculation.factors')} | ${t('calculation.probability', { years: calculation.periodYears })} |`,
      '| --- | --- | --- |',
    );
    for (const path of calculation.paths) {
      const factors = path.factors.map((factor) => `${md(factor.text)} = ${factor.value}`).join('; ');
      lines.push(`| ${md(path.label)} | ${factors} | ${percent(path.probability)} |`);
    }
    lines.push('');
    const said = calculationSentences(calculation, t, report.lang, md);
    lines.push(said.overPeriod, said.perYear, `${said.threshold} ${said.level}`, said.basis, '', said.formula, '');
  }

  lines.push(`## ${t('report.trail')}`, '');
  report.trail.forEach((step, index) =>
    lines.push(
      `${index + 1}. **${md(step.text)}** — ${t('report.answer')}: ${md(step.answer)} → ${t('report.leadsTo')}: ${md(step.leadsTo)}${cite(t, step.source)}`,
    ),
  );
  lines.push('');

  lines.push(`## ${t('report.sources')}`, '');
  for (const source of report.sources) lines.push(`- ${md(source)}`);
  lines.push('');

  lines.push(`## ${t('report.signOff')}`, '', '| | |', '| --- | --- |');
  for (const field of ['advice', 'decision', 'date', 'signature'] as const) lines.push(`| ${t(`report.${field}`)} | |`);
  lines.push(
    '',
    `_${t('report.generated', { id: report.questionnaire.id, version: report.questionnaire.version })}_`,
    '',
  );
  return lines.join('\n');
}
