import { scenarioCases } from './scenario-cases';
import { describe, expect, it } from 'vitest';
import { builtInFiles, loadQuestionnaireFile } from '../../src/cli/questionnaire-files';
import { compile } from '../../src/engine/compile';
import { createI18n } from '../../src/i18n/create-i18n';
import { renderJson } from '../../src/report/render-json';
import { renderMarkdown } from '../../src/report/render-markdown';
import { reportModel } from '../../src/report/report-model';
import { readBackup } from '../../src/storage/backup-import';

const meta = { title: 'Beoordeling', organisation: 'Gemeente Voorbeeld', assessor: 'A. de Vries', date: '2026-11-22' };
const cases = scenarioCases();

describe('every worked scenario renders to a complete report', () => {
  it.each(cases)('$name: Markdown holds the verdict, every source and every answer', ({ compiled, scenario, lang }) => {
    const { t } = createI18n(lang);
    const model = reportModel(compiled, scenario.answers, meta, lang, t);
    const markdown = renderMarkdown(model, t);
    const plain = markdown.replace(/\\(.)/g, '$1');
    expect(model.status).toBe('final');
    expect(plain).toContain(t('report.final'));
    expect(plain).toContain(model.verdict!.text);
    for (const source of model.sources) expect(plain).toContain(source.replace(/\s+/g, ' '));
    for (const step of model.trail) expect(plain).toContain(step.answer.replace(/\s+/g, ' '));
    expect(model.trail.map((step) => step.question)).toEqual(Object.keys(scenario.answers));
    expect(plain).toContain(t('report.signOff'));
  });

  it.each(cases.filter(({ lang }) => lang === 'nl'))(
    '$name: the JSON is a backup the app restores with the same answers',
    ({ compiled, scenario }) => {
      const json = JSON.stringify(
        renderJson(compiled, scenario.answers, meta, 'report-1', new Date('2026-11-22T10:00:00Z')),
      );
      const read = readBackup(json, json.length);
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.backup.assessments[0]!.answers).toEqual(scenario.answers);
    },
  );
});

describe('the report of an unfinished assessment', () => {
  const photo = loadQuestionnaireFile(builtInFiles().find((file) => file.endsWith('photo-purpose-test.yaml'))!);
  if (!photo.ok) throw new Error('photo test does not load');
  const compiled = compile(photo.value);
  const { t } = createI18n('nl');

  it('is a draft naming its open question, never a verdict', () => {
    const model = reportModel(compiled, { description: 'Klassenfoto' }, meta, 'nl', t);
    expect(model).toMatchObject({ status: 'draft', verdict: null, openQuestions: [{ id: 'recognisable' }] });
    const markdown = renderMarkdown(model, t);
    expect(markdown).toContain(t('report.draft'));
    expect(markdown).toContain(t('report.draftNoVerdict'));
    expect(markdown).not.toContain(t('report.final'));
  });
});

describe('hostile text answers come out inert and legible', () => {
  const photo = loadQuestionnaireFile(builtInFiles().find((file) => file.endsWith('photo-purpose-test.yaml'))!);
  if (!photo.ok) throw new Error('photo test does not load');
  const compiled = compile(photo.value);
  const { t } = createI18n('en');
  const render = (description: string) =>
    renderMarkdown(reportModel(compiled, { description, recognisable: 'no' }, meta, 'en', t), t);

  it('a script tag is escaped text, not markup', () => {
    const markdown = render('<script>alert(1)</script> **bold** [link](http://x)');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[link\\](http://x)');
    expect(markdown).not.toMatch(/<script>/);
  });

  it('a right-to-left override is shown as a visible code, not obeyed', () => {
    const markdown = render('invoice\u202Efdp.exe');
    expect(markdown).not.toContain('\u202E');
    expect(markdown).toContain('invoice\\[U+202E\\]fdp.exe');
  });

  it('a 10,000-character answer and emoji come through whole', () => {
    const roomy = structuredClone(photo.value);
    const description = roomy.questions[0]!;
    if (description.type === 'text') description.maxLength = 20_000;
    const long = 'é'.repeat(9_990) + ' 👩‍⚕️🏳️‍🌈';
    const markdown = renderMarkdown(
      reportModel(compile(roomy), { description: long, recognisable: 'no' }, meta, 'en', t),
      t,
    );
    expect(markdown).toContain(long);
  });

  it('a line that starts like a heading or a list stays plain text', () => {
    expect(render('# not a heading')).toContain('Answer: \\# not a heading');
  });
});
