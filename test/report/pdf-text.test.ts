import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/report/pdf-text';
import { backupTextFromPdf, pdfBackupPayload } from '../../src/storage/backup-from-pdf';

describe('pdfText: text as the PDF’s WinAnsi Helvetica can show it', () => {
  it('keeps Dutch diacritics, the euro sign, typographic quotes and dashes', () => {
    const dutch = 'Één, Zoë, naïef, óf – €5 ’s „zo” — …';
    expect(pdfText(dutch)).toBe(dutch);
  });

  it('spells the signs the report itself uses in WinAnsi', () => {
    expect(pdfText('antwoord → regel → bron')).toBe('antwoord -> regel -> bron');
    expect(pdfText('P = 1 − Π(1 − p); p₁ = 1 − (1 − P)^(1/5) ≈ 0,5')).toBe(
      'P = 1 - prod(1 - p); p1 = 1 - (1 - P)^(1/5) ~ 0,5',
    );
  });

  it('makes each other unsupported character one "?", an emoji sequence included', () => {
    expect(pdfText('a 😀 b 👩‍⚕️ c 🏳️‍🌈 d 中文')).toBe('a ? b ? c ? d ??');
    expect(pdfText('\u0085')).toBe('?');
  });

  it('is inert: bidirectional controls become codes, other controls go', () => {
    expect(pdfText('invoice\u202Efdp.exe\u0007')).toBe('invoice[U+202E]fdp.exe');
  });

  it('composes decomposed accents, drops invisible joiners and plain-spaces typographic spaces', () => {
    expect(pdfText('Zoe\u0308 n\u200Bu 12\u202F%\tx\r\ny')).toBe('Zoë nu 12 % x\ny');
    expect(pdfText('x\u0301')).toBe('x');
  });
});

describe('backupTextFromPdf', () => {
  const json = JSON.stringify({ text: 'Één 😀 \u202E "quotes" <xml> & ]]>' });
  const pdf = (build: (doc: jsPDF) => void) => {
    const doc = new jsPDF({ compress: true });
    build(doc);
    return new Uint8Array(doc.output('arraybuffer'));
  };

  it('reads back the JSON text from the XMP metadata, whatever characters it holds', () => {
    const bytes = pdf((doc) => doc.addMetadata(pdfBackupPayload(json), 'urn:x-test:1/'));
    expect(backupTextFromPdf(bytes)).toBe(json);
  });

  it('is null for a PDF without a backup, and for bytes that are no PDF', () => {
    expect(backupTextFromPdf(pdf((doc) => doc.text('no backup here', 10, 10)))).toBeNull();
    expect(backupTextFromPdf(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(backupTextFromPdf(new TextEncoder().encode('PRIVACY-ASSESSMENT-BACKUP-BEGIN !!'))).toBeNull();
  });

  it('is not fooled by a title that imitates the markers', () => {
    const fake = 'PRIVACY-ASSESSMENT-BACKUP-BEGIN not base64! PRIVACY-ASSESSMENT-BACKUP-END';
    const bytes = pdf((doc) => {
      doc.setDocumentProperties({ title: fake, subject: pdfBackupPayload('{"fake":true}') });
      doc.addMetadata(pdfBackupPayload(json), 'urn:x-test:1/');
    });
    expect(backupTextFromPdf(bytes)).toBe(json);
  });

  it('handles a large backup without overflowing the stack', () => {
    const large = JSON.stringify({ text: 'é'.repeat(2_000_000) });
    const bytes = pdf((doc) => doc.addMetadata(pdfBackupPayload(large), 'urn:x-test:1/'));
    expect(backupTextFromPdf(bytes)).toBe(large);
  });
});
