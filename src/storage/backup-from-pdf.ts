/**
 * A PDF report carries the backup of its assessment, so importing the PDF restores the answers it rests on.
 * The backup's JSON text is UTF-8, base64-encoded between two markers, in the PDF's XMP metadata: jsPDF writes that
 * stream uncompressed, so it can be found by scanning the bytes, without a PDF parser. Base64 keeps the payload
 * ASCII, free of XML and PDF syntax; the markers hold a space and hyphens, which base64 never does.
 * The page contents are compressed, so text a user typed cannot pose as the payload there; what this returns is
 * only ever text for readBackup, which validates it like any backup file.
 */
const begin = 'PRIVACY-ASSESSMENT-BACKUP-BEGIN ';
const end = ' PRIVACY-ASSESSMENT-BACKUP-END';
const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Bytes as one character each; in chunks, as spreading a large array into String.fromCharCode overflows the stack. */
function binaryString(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return binary;
}

/** The backup's JSON text as it goes into the PDF's metadata, markers included. */
export function pdfBackupPayload(json: string): string {
  return begin + btoa(binaryString(new TextEncoder().encode(json))) + end;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let at = haystack.indexOf(first, from); at !== -1; at = haystack.indexOf(first, at + 1)) {
    let index = 1;
    while (index < needle.length && haystack[at + index] === needle[index]) index++;
    if (index === needle.length) return at;
  }
  return -1;
}

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decode(payload: Uint8Array): string | null {
  const text = binaryString(payload).replace(/\s+/g, '');
  if (!base64.test(text) || text.length % 4 !== 0) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(text), (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * The backup JSON text a PDF report of this app carries, or null when the PDF holds none (another PDF, or one
 * that another program rewrote and compressed). The first payload between the markers that decodes is taken.
 */
export function backupTextFromPdf(bytes: Uint8Array): string | null {
  const start = ascii(begin);
  const stop = ascii(end);
  for (let at = indexOf(bytes, start, 0); at !== -1; at = indexOf(bytes, start, at + 1)) {
    const from = at + start.length;
    const to = indexOf(bytes, stop, from);
    if (to === -1) return null;
    const text = decode(bytes.subarray(from, to));
    if (text !== null) return text;
  }
  return null;
}
