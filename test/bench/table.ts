/** One line of the results table: what was measured, the figure, how it spread, the target and whether it is met. */
export type Row = { measure: string; result: string; detail: string; target: string; met: boolean | null };

const headings = ['Measure', 'Result', 'Range / detail', 'Target', 'Met'];

const metText = (met: boolean | null) => (met === null ? '' : met ? 'yes' : '**no**');

/** A Markdown table padded to line up in a terminal too, so the same text serves the console and the README. */
export function formatTable(rows: readonly Row[]): string {
  const cells = [headings, ...rows.map((row) => [row.measure, row.result, row.detail, row.target, metText(row.met)])];
  const widths = headings.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const line = (values: string[]) => `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(cells[0]!), line(widths.map((width) => '-'.repeat(width))), ...cells.slice(1).map(line)].join('\n');
}

/** Milliseconds as a reader wants them: more digits only where they mean something. */
export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
export const micro = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} µs`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
