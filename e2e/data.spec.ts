import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { frontmatterFigures, sheets } from './site.ts';

/**
 * The data downloads: every sheet's figures as CSV and JSON, equal to the
 * figures its frontmatter states (value, hedge, period, source), the whole
 * publication's files on /data/, and each chart's own points.
 */
const csvRows = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];
const kb = (bytes: number) => `(${Math.max(1, Math.round(bytes / 1024))} KB)`;

const expectedRows = (sheet: string) =>
  frontmatterFigures(sheet).map((f) => {
    const period = f['period'] !== null && typeof f['period'] === 'object' ? Object.fromEntries(Object.entries(f['period'])) : {};
    return {
      figure: String(f['id']),
      value: String(f['value']),
      qualifier: String(f['qualifier'] ?? ''),
      period: String(period['label'] ?? ''),
      period_start: String(period['start'] ?? ''),
      period_end: String(period['end'] ?? ''),
      source: String(f['source']),
      metric: String(f['metric']),
    };
  });

for (const sheet of sheets) {
  test(`${sheet} downloads its figures as CSV and JSON, equal to the typed figures, hedges included`, async ({ page, request }) => {
    const base = sheet.slice(0, -1);
    const csv = await request.get(`${base}.csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const csvText = await csv.text();
    const rows = csvRows(csvText);
    expect(rows.map((r) => ({ figure: r['figure'], value: r['value'], qualifier: r['qualifier'], period: r['period'], period_start: r['period_start'], period_end: r['period_end'], source: r['source'], metric: r['metric'] }))).toEqual(expectedRows(sheet));
    expect(rows.every((r) => r['sheet']?.endsWith(sheet))).toBe(true);

    const json: unknown = await (await request.get(`${base}.json`)).json();
    expect(json).toMatchObject({ version: 1, figures: rows.map((r) => ({ ...r, year: Number(r['year']), value: Number(r['value']) })) });

    await page.goto(sheet);
    const body = await (await request.get(`${base}.json`)).body();
    await expect(page.locator(`[data-size="${base}.csv"]`)).toHaveText(kb((await csv.body()).length));
    await expect(page.locator(`[data-size="${base}.json"]`)).toHaveText(kb(body.length));
  });
}

test('the data page describes every column and links the whole publication’s files with their sizes', async ({ page, request }) => {
  await page.goto('/data/');
  const csv = await request.get('/data/figures.csv');
  const rows = csvRows(await csv.text());
  expect(rows).toHaveLength(sheets.reduce((n, s) => n + frontmatterFigures(s).length, 0));
  for (const column of Object.keys(rows[0] ?? {})) await expect(page.getByRole('rowheader', { name: column, exact: true })).toBeVisible();
  await expect(page.locator('[data-size="/data/figures.csv"]')).toHaveText(kb((await csv.body()).length));
  const json = await request.get('/data/figures.json');
  await expect(page.locator('[data-size="/data/figures.json"]')).toHaveText(kb((await json.body()).length));
  expect(await json.json()).toMatchObject({ version: 1, license: expect.stringMatching(/^https:\/\//) });
  await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
});

test('each chart links the CSV of its own points', async ({ page, request }) => {
  for (const path of ['/2024/detection/', '/topics/detection/']) {
    await page.goto(path);
    for (const chart of await page.locator('figure.chart').all()) {
      const href = await chart.getByRole('link', { name: 'Data (CSV)' }).getAttribute('href');
      const rows = csvRows(await (await request.get(href ?? '')).text());
      const points = await chart.locator('.chart-table tbody tr').count();
      expect(rows, `${path} ${href}`).toHaveLength(points);
    }
  }
});

test('each edition downloads the same figures with the same column keys, values and hedge keys, its labels in its words', async ({ request }) => {
  // A sheet translated into both editions: its periods are in the editions' words.
  const sheet = sheets.find((s) => ['ru', 'kk'].every((lang) => existsSync(join(import.meta.dirname, `../content/translations/${lang}${s.slice(0, -1)}.mdx`)))) ?? '';
  const english = csvRows(await (await request.get(`${sheet.slice(0, -1)}.csv`)).text());
  for (const lang of ['ru', 'kk']) {
    const text = await (await request.get(`/${lang}${sheet.slice(0, -1)}.csv`)).text();
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${Object.keys(english[0] ?? {}).map((k) => `"${k}"`).join(',')}`);
    const rows = csvRows(text);
    const stable = (r: Record<string, string>) => ({ figure: r['figure'], metric: r['metric'], value: r['value'], unit: r['unit'], qualifier: r['qualifier'], period_start: r['period_start'], period_end: r['period_end'], source: r['source'], source_date: r['source_date'] });
    expect(rows.map(stable)).toEqual(english.map(stable));
    // The words are the edition's: Cyrillic labels and periods, addresses in the edition.
    for (const row of rows) {
      expect(row['period']).toMatch(/[а-яәғқңөұүһі]/i);
      expect(row['sheet']).toContain(`/${lang}/`);
    }
    const json: unknown = await (await request.get(`/${lang}/data/figures.json`)).json();
    expect(json).toMatchObject({ version: 1, language: lang });
  }
});
