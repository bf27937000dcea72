import { describe, expect, it } from 'vitest';
import { problemMessages } from '../../src/engine/problem-messages';
import { problemTexts } from '../../src/i18n/problem-texts';
import { backupPartMessages, backupProblemMessages } from '../../src/storage/backup-problem-messages';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const english = { ...problemMessages, ...backupProblemMessages, ...backupPartMessages };
const codes = Object.keys(english) as (keyof typeof english)[];

describe('every problem the engine and storage can report is worded in both languages', () => {
  it('every code has a Dutch text', () => {
    expect(codes.filter((code) => !(code in problemTexts.nl))).toEqual([]);
  });

  it('the Dutch texts are for codes that exist, and none is empty', () => {
    expect(Object.keys(problemTexts.nl).filter((code) => !(code in english))).toEqual([]);
    expect(Object.entries(problemTexts.nl).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('the Dutch text fills in the same values as the English one', () => {
    const differ = codes.filter(
      (code) => placeholders(english[code]).join() !== placeholders(problemTexts.nl[code]!).join(),
    );
    expect(differ).toEqual([]);
  });

  it('the engine and storage never use one code for two problems', () => {
    const shared = Object.keys(backupProblemMessages)
      .concat(Object.keys(backupPartMessages))
      .filter((code) => code in problemMessages);
    expect(shared).toEqual([]);
  });
});
