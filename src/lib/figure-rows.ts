/**
 * Every figure as one row of data, the same fields in the CSV and the JSON
 * downloads: where it is published, what it counts, its value with the
 * source's hedge, its period and the document behind it. Built from the
 * typed figures, like every page.
 */
export const COLUMNS = [
  'sheet',
  'year',
  'topic',
  'figure',
  'metric',
  'metric_label',
  'value',
  'unit',
  'qualifier',
  'period',
  'period_start',
  'period_end',
  'source',
  'source_title',
  'source_publisher',
  'source_date',
  'source_url',
  'note',
] as const;

export type Column = (typeof COLUMNS)[number];
export type FigureRow = Record<Exclude<Column, 'year' | 'value'>, string> & { year: number; value: number };

/**
 * CSV as spreadsheet programs open it without asking: UTF-8 with a byte-order
 * mark (so "₸" and "–" survive), every field quoted, lines ending in CRLF.
 * With every field quoted, RFC 4180 asks only that a quote inside a field be
 * doubled; commas and line breaks stand as they are. Written here rather than
 * with csv-stringify, whose general options (delimiters, casts, formulas) cost
 * about 0.8 GB of allocations in a 1,000-sheet build for these files; the tests
 * hold this writer to csv-stringify's bytes and read it back with csv-parse.
 */
export function toCsv(rows: readonly FigureRow[]): string {
  const quoted = (field: string) => `"${field.replaceAll('"', '""')}"`;
  let csv = `\uFEFF${COLUMNS.map(quoted).join(',')}\r\n`;
  for (const row of rows) csv += `${COLUMNS.map((c) => quoted(String(row[c]))).join(',')}\r\n`;
  return csv;
}

/** The same rows as JSON, with the format's version and the date of the latest change they include. */
export function toJson(rows: readonly FigureRow[], meta: { publication: string; url: string; updated: string; license: string; language?: string }): string {
  return `${JSON.stringify({ version: 1, ...meta, columns: COLUMNS, figures: rows }, null, 2)}\n`;
}

/** Bytes a text takes as UTF-8, for "(CSV, 3 KB)": counted, not encoded into a copy. */
export const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');
