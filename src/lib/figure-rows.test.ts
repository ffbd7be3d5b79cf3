import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { COLUMNS, byteLength, toCsv, toJson, type FigureRow } from './figure-rows.ts';

const row: FigureRow = {
  sheet: 'https://sheets.example/2024/anti-fraud-center/',
  year: 2024,
  topic: 'anti-fraud-center',
  figure: 'dropper-funds-blocked',
  metric: 'dropper-funds-blocked',
  metric_label: 'Money blocked in droppers’ accounts',
  value: 300000000,
  unit: 'KZT',
  qualifier: 'more than',
  period: '1 January – 31 October 2024',
  period_start: '2024-01-01',
  period_end: '2024-10-31',
  source: 'senate-2024-10-31',
  source_title: 'Since the beginning of the year, only 20% of "Internet scams" have been disclosed',
  source_publisher: 'Deputy Minister, at a meeting of the Senate',
  source_date: '2024-10-31',
  source_url: '',
  note: 'Line one,\nline two',
};

describe('figure downloads', () => {
  it('writes CSV that spreadsheet programs open as is: a BOM, quoted fields, CRLF', () => {
    const csv = toCsv([row]);
    expect(csv.startsWith('\uFEFF"sheet","year","topic"')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(toCsv([{ ...row, qualifier: '' }])).toContain('"KZT","",');
    expect(csv).toContain('"Since the beginning of the year, only 20% of ""Internet scams"" have been disclosed"');
  });
  it('writes the very bytes csv-stringify writes with the same settings, for awkward fields too', () => {
    const awkward = [
      row,
      { ...row, qualifier: '', source_url: '', note: '' },
      { ...row, note: 'He said "no", then "yes"' },
      { ...row, note: 'Windows\r\nline break, and a comma' },
      { ...row, metric_label: 'Ущерб от интернет-мошенничества', unit: '₸', note: '=1+1' },
      { ...row, value: 0.207, year: 2025 },
    ];
    const library = (rows: readonly FigureRow[]) =>
      stringify(
        rows.map((r) => COLUMNS.map((c) => String(r[c]))),
        { bom: true, quoted: true, quoted_empty: true, record_delimiter: 'windows', header: true, columns: [...COLUMNS] },
      );
    expect(toCsv(awkward)).toBe(library(awkward));
    expect(toCsv([])).toBe(library([]));
  });
  it('reads back every field of every row, hedge included', () => {
    const [parsed] = parse(toCsv([row]), { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toEqual(Object.fromEntries(COLUMNS.map((c) => [c, String(row[c])])));
  });
  it('writes JSON with the same fields, a version and the date of the latest change', () => {
    const json: unknown = JSON.parse(toJson([row], { publication: 'P', url: 'https://sheets.example/data/', updated: '2026-11-25', license: 'CC BY 4.0' }));
    expect(json).toMatchObject({ version: 1, updated: '2026-11-25', columns: [...COLUMNS], figures: [row] });
  });
  it('counts bytes as UTF-8', () => {
    expect(byteLength('₸')).toBe(3);
    expect(byteLength('Ущерб, ₸ 2025')).toBe(new TextEncoder().encode('Ущерб, ₸ 2025').length);
  });
});
