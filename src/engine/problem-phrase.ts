import type { ParamsFor, Phrase } from './phrase';
import type { problemMessages, ProblemCode } from './problem-messages';

/**
 * A phrase of the engine's catalogue, typed so it names exactly the values its template fills in. Apart from the
 * catalogue itself (a type import only), so making a phrase does not load every template.
 */
export const phrase = <Code extends ProblemCode>(
  code: Code,
  params: ParamsFor<(typeof problemMessages)[Code]>,
): Phrase & { code: Code } => ({ code, params });
