/**
 * Text from answers and files, made safe to put in a report: bidirectional controls (which can make a line read
 * differently from what it says) become visible codes, other control characters are dropped.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const otherControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const inertText = (text: string): string =>
  text
    .replace(bidiControls, (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`)
    .replace(otherControls, '');
