import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtInFiles, loadQuestionnaireFile, scenarioFileOf } from '../../src/cli/questionnaire-files';
import { compile } from '../../src/engine/compile';
import { scenarioFileSchema } from '../../src/engine/scenario-schema';
import { createI18n } from '../../src/i18n/create-i18n';
import { renderMarkdown } from '../../src/report/render-markdown';
import { reportModel } from '../../src/report/report-model';

export type LargestReport = { questionnaire: string; scenario: string; answers: number; markdownChars: number };

/** The worked scenario with the longest report, measured as its Dutch Markdown rendering of the one report model. */
export function largestReport(): LargestReport {
  const { t } = createI18n('nl');
  const meta = { title: 'Benchmark', date: '2026-01-15' };
  return builtInFiles()
    .flatMap((file) => {
      const parsed = loadQuestionnaireFile(file);
      if (!parsed.ok) throw new Error(`${file} does not load`);
      const compiled = compile(parsed.value);
      const { scenarios } = scenarioFileSchema.parse(parse(readFileSync(scenarioFileOf(file), 'utf8')));
      return scenarios.map((worked) => ({
        questionnaire: parsed.value.id,
        scenario: worked.id,
        answers: Object.keys(worked.answers).length,
        markdownChars: renderMarkdown(reportModel(compiled, worked.answers, meta, 'nl', t), t).length,
      }));
    })
    .reduce((a, b) => (b.markdownChars > a.markdownChars ? b : a));
}
