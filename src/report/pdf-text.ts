import { inertText } from './inert-text';

/**
 * The PDF uses the built-in Helvetica of every PDF reader, so no font is embedded; its text is encoded as WinAnsi:
 * ASCII, Latin-1 (é ë ï ó …) and € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. A character outside that set
 * would come out as garbage, so pdfText makes any text safe to draw:
 * - inertText first: bidirectional controls become visible codes such as [U+202E], other controls are dropped;
 * - the few signs the report's own texts use get a WinAnsi spelling (→ "->", Π "prod", p₁ "p1", − "-", ≈ "~");
 * - typographic spaces become a plain space, invisible joiners and variation selectors are dropped;
 * - any other character the font cannot show (emoji, non-Latin scripts, C1 controls) becomes "?": one "?" per
 *   character as a reader sees it, so an emoji built from several code points (👩‍⚕️) is a single "?". A letter
 *   with an accent that has no precomposed form keeps its letter and loses the accent.
 */
const winAnsiExtras = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const winAnsiOnly = new RegExp(`^[\\n\\x20-\\x7E\\xA0-\\xFF${winAnsiExtras}]*$`);
const supported = (char: string) => winAnsiOnly.test(char);

const spelled: Readonly<Record<string, string>> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  Π: 'prod',
  '∏': 'prod',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '≈': '~',
  '≤': '<=',
  '≥': '>=',
  '₀': '0',
  '₁': '1',
  '₂': '2',
  '₃': '3',
  '₄': '4',
  '₅': '5',
  '₆': '6',
  '₇': '7',
  '₈': '8',
  '₉': '9',
};
const space = /^[\u2000-\u200A\u202F\u205F\u3000]$/;
/** Zero-width spaces and joiners, the word joiner, the byte order mark and the variation selectors. */
const invisible = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
};

/** Each character as a reader sees it: a grapheme (Intl.Segmenter), or a code point where that is missing. */
const graphemes = (text: string): Iterable<string> =>
  typeof Intl.Segmenter === 'function'
    ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => part.segment)
    : Array.from(text);

function safeGrapheme(grapheme: string): string {
  const [base = '', ...rest] = Array.from(grapheme);
  if (space.test(base)) return ' ';
  if (invisible(base) && rest.length === 0) return '';
  const head = spelled[base] ?? (supported(base) ? base : undefined);
  if (head === undefined) return '?';
  // What follows a supported base is a combining mark, a joiner or a selector: kept only where the font has it.
  return head + rest.filter(supported).join('');
}

/** Text as the PDF's WinAnsi Helvetica can show it, inert; see above. */
export function pdfText(text: string): string {
  const plain = inertText(text.normalize('NFC')).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  if (winAnsiOnly.test(plain)) return plain;
  let out = '';
  for (const grapheme of graphemes(plain)) out += supported(grapheme) ? grapheme : safeGrapheme(grapheme);
  return out;
}
