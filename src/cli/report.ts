import { writeFileSync } from 'node:fs';
import { createI18n } from '../i18n/create-i18n';
import { renderDocx } from '../report/render-docx';
import { renderJson } from '../report/render-json';
import { renderMarkdown } from '../report/render-markdown';
import { reportModel } from '../report/report-model';
import { fail, parseCommand, readAssessmentInput } from './assessment-input';
import { writePdfReport } from './report-pdf';

/**
 * npm run -s report -- --questionnaire <id|file> --answers <answers.json> --format md|json --out <file> [--lang nl|en]
 *   [--title …] [--organisation …] [--assessor …] [--date YYYY-MM-DD]
 * Renders the report headlessly from the same model as the app. An unfinished assessment renders as a draft.
 */
const formats = ['pdf', 'docx', 'md', 'json'] as const;
const usage = `usage: report --questionnaire <id or file> --answers <answers.json> --format ${formats.join('|')} --out <file> [--lang nl|en]`;

const values = parseCommand('report', usage, {
  format: { type: 'string' },
  out: { type: 'string' },
  title: { type: 'string' },
  organisation: { type: 'string' },
  assessor: { type: 'string' },
  date: { type: 'string' },
});
const format = values.format as (typeof formats)[number];
if (!formats.includes(format))
  fail(
    'report',
    `--format must be one of ${formats.join(', ')}${values.format ? `, not "${values.format}"` : ''}\n${usage}`,
  );
if (!values.out) fail('report', `needs --out <file>\n${usage}`);
if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
  fail('report', `--date must be YYYY-MM-DD, not "${values.date}"`);

const { compiled, answers, lang } = readAssessmentInput('report', values);
const now = new Date();
const meta = {
  title: values.title ?? compiled.questionnaire.title[lang],
  ...(values.organisation ? { organisation: values.organisation } : {}),
  ...(values.assessor ? { assessor: values.assessor } : {}),
  date: values.date ?? now.toISOString().slice(0, 10),
};
const t = createI18n(lang).t;
const model = () => reportModel(compiled, answers, meta, lang, t);
const assessment = () => renderJson(compiled, answers, meta, crypto.randomUUID(), now);
if (format === 'pdf') await writePdfReport(model(), t, assessment(), values.out);
else {
  const content =
    format === 'md'
      ? renderMarkdown(model(), t)
      : format === 'docx'
        ? await renderDocx(model(), t)
        : JSON.stringify(assessment(), null, 2) + '\n';
  writeFileSync(values.out, content);
}
