import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/storage/backup-import';
import { backupTextFromPdf } from '../../src/storage/backup-from-pdf';
import { writeAnswers } from './run-cli';

const report = (args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
};
const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'report-')), name);
const answers = writeAnswers({ description: 'Klassenfoto', recognisable: 'yes', 'household-use': 'yes' });

describe('report: rendering headlessly from the same model', () => {
  it('writes Markdown with the verdict and the people named', () => {
    const file = out('report.md');
    const { status } = report([
      '--questionnaire',
      'photo-purpose-test',
      '--answers',
      answers,
      '--format',
      'md',
      '--out',
      file,
      '--organisation',
      'School De Linde',
      '--lang',
      'en',
    ]);
    expect(status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('School De Linde');
    expect(text).toContain('Outside the GDPR');
  });

  it('writes JSON that the app restores as a backup', () => {
    const file = out('report.json');
    expect(
      report(['--questionnaire', 'photo-purpose-test', '--answers', answers, '--format', 'json', '--out', file]).status,
    ).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(readBackup(text, text.length)).toMatchObject({ ok: true });
  });

  it.each([
    ['an unknown format', ['--format', 'odt', '--out', 'x'], /--format must be one of pdf, docx, md, json, not "odt"/],
    ['no output file', ['--format', 'md'], /needs --out/],
    ['a date that is no date', ['--format', 'md', '--out', 'x', '--date', '22-11-2026'], /--date must be YYYY-MM-DD/],
  ])('%s exits 2 with the reason', (_case, extra, message) => {
    const { status, stderr } = report(['--questionnaire', 'photo-purpose-test', '--answers', answers, ...extra]);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('report --format pdf and docx', () => {
  it('writes a PDF that holds the assessment', () => {
    const file = out('report.pdf');
    expect(
      report(['--questionnaire', 'photo-purpose-test', '--answers', answers, '--format', 'pdf', '--out', file]).status,
    ).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = backupTextFromPdf(new Uint8Array(bytes))!;
    expect(readBackup(text, text.length)).toMatchObject({ ok: true });
  });

  it('writes a Word file', () => {
    const file = out('report.docx');
    expect(
      report(['--questionnaire', 'photo-purpose-test', '--answers', answers, '--format', 'docx', '--out', file]).status,
    ).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});
