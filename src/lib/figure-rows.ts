import { stringify } from 'csv-stringify/sync';

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
 */
export function toCsv(rows: readonly FigureRow[]): string {
  return stringify(
    rows.map((row) => COLUMNS.map((c) => String(row[c]))),
    { bom: true, quoted: true, quoted_empty: true, record_delimiter: 'windows', header: true, columns: [...COLUMNS] },
  );
}

/** The same rows as JSON, with the format's version and the date of the latest change they include. */
export function toJson(rows: readonly FigureRow[], meta: { publication: string; url: string; updated: string; license: string; language?: string }): string {
  return `${JSON.stringify({ version: 1, ...meta, columns: COLUMNS, figures: rows }, null, 2)}\n`;
}

/** Bytes a text takes as UTF-8, for "(CSV, 3 KB)". */
export const byteLength = (text: string) => new TextEncoder().encode(text).length;
