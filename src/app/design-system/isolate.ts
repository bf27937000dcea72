/**
 * User or file text set in a sentence, between first-strong isolate and pop directional isolate (as <bdi> does):
 * a U+202E in a title then reverses nothing outside it. For text in t() values and attributes; in JSX use <bdi>.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;
