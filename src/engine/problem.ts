import { fillPhrase, type ParamsFor, type Phrase, type PhraseParams } from './phrase';
import { problemMessages, type ProblemCode } from './problem-messages';

/** Where in the file a problem is, as the keys from its root: ['questions', 3, 'next']. */
export type ProblemPath = (string | number)[];

/**
 * What is wrong and where: the path, a code with the values it names (the app words them in nl and en), and the
 * same in English for the CLI and logs.
 */
export type Problem = { path: ProblemPath; code: ProblemCode; params: PhraseParams; message: string };

export const englishOf = (words: Phrase): string => fillPhrase(problemMessages, words);

export function problem<Code extends ProblemCode>(
  path: ProblemPath,
  code: Code,
  params: ParamsFor<(typeof problemMessages)[Code]>,
): Problem {
  return { path, code, params, message: englishOf({ code, params }) };
}

/** A problem from a phrase already made (say, by zod-issue-phrase.ts). */
export const problemOf = (path: ProblemPath, words: Phrase & { code: ProblemCode }): Problem => ({
  path,
  code: words.code,
  params: words.params,
  message: englishOf(words),
});
