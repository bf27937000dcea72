import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a CLI command the way npm does (tsx over the TypeScript source) and captures what a caller would see. */
export function runCli(script: 'assess' | 'check-questionnaires', args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function writeAnswers(answers: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'answers-')), 'answers.json');
  writeFileSync(file, typeof answers === 'string' ? answers : JSON.stringify(answers));
  return file;
}
