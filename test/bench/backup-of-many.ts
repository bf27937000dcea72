import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtInFiles, loadQuestionnaireFile, scenarioFileOf } from '../../src/cli/questionnaire-files';
import { compile } from '../../src/engine/compile';
import { scenarioFileSchema } from '../../src/engine/scenario-schema';
import { renderJson } from '../../src/report/render-json';
import { backupFormat, backupFormatVersion, backupSchema, type Backup } from '../../src/storage/backup-format';
import { readBackup } from '../../src/storage/backup-import';

/**
 * A backup of `count` assessments in the app's own format, as the app would export them: each is a worked
 * scenario of a built-in questionnaire (in turn), rendered by the JSON renderer, with its own id, title and date.
 * It is read back with the app's import check before it is used, so the browser is given a file it accepts.
 */
export function backupOfMany(count: number, now = new Date()): string {
  const cases = builtInFiles().flatMap((file) => {
    const parsed = loadQuestionnaireFile(file);
    if (!parsed.ok) throw new Error(`${file} does not load`);
    const compiled = compile(parsed.value);
    const { scenarios } = scenarioFileSchema.parse(parse(readFileSync(scenarioFileOf(file), 'utf8')));
    return scenarios.map((worked) => ({ compiled, answers: worked.answers }));
  });
  const assessments = Array.from({ length: count }, (_, index) => {
    const { compiled, answers } = cases[index % cases.length]!;
    // One minute apart, so the list has a stable order by date.
    const at = new Date(now.getTime() - index * 60_000);
    const meta = { title: `Beoordeling ${index + 1}`, date: at.toISOString().slice(0, 10) };
    return renderJson(compiled, answers, meta, crypto.randomUUID(), at).assessments[0]!;
  });
  const backup: Backup = backupSchema.parse({
    format: backupFormat,
    formatVersion: backupFormatVersion,
    exported: now.toISOString(),
    assessments,
    answerLog: [],
  });
  const text = JSON.stringify(backup);
  const read = readBackup(text, text.length);
  if (!read.ok) throw new Error(`the app would refuse the backup: ${read.problems[0]?.message}`);
  return text;
}
