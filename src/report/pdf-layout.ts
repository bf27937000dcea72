import type { jsPDF } from 'jspdf';
import autoTable, { type UserOptions } from 'jspdf-autotable';
import { pdfText } from './pdf-text';

export type Rgb = [number, number, number];
export type FontStyle = 'normal' | 'bold' | 'italic';

export const colours = {
  text: [26, 26, 26],
  muted: [84, 84, 84],
  heading: [21, 66, 115],
  draft: [165, 0, 33],
  rule: [190, 190, 190],
  white: [255, 255, 255],
} satisfies Record<string, Rgb>;

export type TextStyle = { size?: number; style?: FontStyle; colour?: Rgb };

const lineHeightFactor = 1.35;
const baseSize = 10;

/**
 * Flowing text on A4 pages for jsPDF: a cursor that moves down, starts a new page where the next line would not fit,
 * and draws every text through pdfText, so what reaches the PDF is WinAnsi and inert. Units are points.
 */
export class PdfLayout {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly left = 56;
  readonly top = 64;
  readonly right: number;
  readonly bottom: number;
  y: number;

  constructor(readonly doc: jsPDF) {
    this.pageWidth = doc.internal.pageSize.getWidth();
    this.pageHeight = doc.internal.pageSize.getHeight();
    this.right = this.pageWidth - 56;
    this.bottom = this.pageHeight - 64;
    this.y = this.top;
  }

  get width(): number {
    return this.right - this.left;
  }

  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  lineHeight(size = baseSize): number {
    return size * lineHeightFactor;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  font({ size = baseSize, style = 'normal', colour = colours.text }: TextStyle = {}): void {
    this.doc.setFont('helvetica', style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(...colour);
  }

  /** The text's lines at this width in this style (which is left set). */
  lines(text: string, width: number, style: TextStyle = {}): string[] {
    this.font(style);
    return this.doc.splitTextToSize(pdfText(text), width) as string[];
  }

  textWidth(text: string, style: TextStyle = {}): number {
    this.font(style);
    return this.doc.getTextWidth(pdfText(text));
  }

  /** Lines at x, each on the page where it fits. */
  private draw(lines: string[], x: number, style: TextStyle): void {
    const height = this.lineHeight(style.size);
    for (const line of lines) {
      this.ensure(height);
      this.font(style);
      this.doc.text(line, x, this.y, { baseline: 'top' });
      this.y += height;
    }
  }

  paragraph(text: string, style: TextStyle & { indent?: number; after?: number } = {}): void {
    const indent = style.indent ?? 0;
    this.draw(this.lines(text, this.width - indent, style), this.left + indent, style);
    this.space(style.after ?? 6);
  }

  /**
   * A label with its value beside it (a definition list), the value wrapping in its own column. The label keeps its
   * first value line on the same page.
   */
  field(label: string, value: string, labelWidth: number, style: TextStyle & { indent?: number } = {}): void {
    const x = this.left + (style.indent ?? 0);
    const labelLines = this.lines(label, labelWidth - 8, { ...style, style: 'bold' });
    const valueLines = this.lines(value, this.right - x - labelWidth, style);
    this.ensure(this.lineHeight(style.size) * Math.min(2, Math.max(labelLines.length, valueLines.length)));
    const top = this.y;
    const page = this.page;
    this.draw(labelLines, x, { ...style, style: 'bold' });
    const labelEnd = this.y;
    this.y = top;
    this.draw(valueLines, x + labelWidth, style);
    if (this.page === page) this.y = Math.max(this.y, labelEnd);
    this.space(4);
  }

  /** A list item: its marker (a bullet or a number) in the margin, its text wrapping beside it. */
  item(marker: string, text: string, style: TextStyle & { indent?: number; after?: number } = {}): void {
    const x = this.left + (style.indent ?? 0);
    const hang = 18;
    const lines = this.lines(text, this.right - x - hang, style);
    this.ensure(this.lineHeight(style.size));
    this.font(style);
    this.doc.text(pdfText(marker), x, this.y, { baseline: 'top' });
    this.draw(lines, x + hang, style);
    this.space(style.after ?? 3);
  }

  /** A table drawn by jspdf-autotable from the cursor on, breaking across pages within the margins. */
  table(options: UserOptions): void {
    this.ensure(3 * this.lineHeight());
    autoTable(this.doc, {
      startY: this.y,
      margin: {
        top: this.top,
        bottom: this.pageHeight - this.bottom,
        left: this.left,
        right: this.pageWidth - this.right,
      },
      theme: 'grid',
      rowPageBreak: 'auto',
      styles: {
        font: 'helvetica',
        fontSize: 9,
        cellPadding: 4,
        overflow: 'linebreak',
        textColor: colours.text,
        lineColor: colours.rule,
        lineWidth: 0.5,
        valign: 'top',
      },
      headStyles: { fillColor: colours.heading, textColor: colours.white, fontStyle: 'bold' },
      ...options,
    });
    const last = (this.doc as jsPDF & { lastAutoTable?: { finalY?: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + 10;
  }
}
