import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, localePath } from '../src/i18n/locales.ts';
import { axisLabels, drawCharts, overlaps, recordChartTexts, valueLabels } from './checkers.ts';
import { sheets } from './site.ts';

// How charts write their words, read from the canvas as the chart script and
// Chart.js write them (recordChartTexts): on phones, printed, in each edition
// and in dark mode. Drawing, data and weight are charts.spec.ts's.

/** Every published sheet page with a chart, in every edition, as the build wrote them. */
function sheetsWithCharts(): string[] {
  const dist = join(import.meta.dirname, '../dist');
  return languages
    .flatMap((lang) => sheets.map((sheet) => localePath(lang, sheet)))
    .filter((path) => existsSync(join(dist, path, 'index.html')) && readFileSync(join(dist, path, 'index.html'), 'utf8').includes('<kz-chart'));
}

/** Labels the charts on the page last wrote over another, or less than 4 px beside it: value labels among themselves, the axes' labels (a bar's words) among themselves. */
async function clashes(page: Page, path: string): Promise<string[]> {
  const found: string[] = [];
  const count = await page.locator('kz-chart').count();
  for (let i = 0; i < count; i++) {
    await expect.poll(async () => (await valueLabels(page, i)).length, { message: `${path} chart ${i}` }).toBeGreaterThan(0);
    for (const labels of [await valueLabels(page, i), await axisLabels(page, i)]) found.push(...overlaps(labels, 4).map((pair) => `${path} chart ${i}: ${pair}`));
  }
  return found;
}

// 320 px is the narrowest width a page must reflow to (WCAG 2.2, 1.4.10); 360 px a common phone.
for (const width of [320, 360]) test(`on a ${width} px phone, no sheet’s chart writes a label over another or less than 4 px beside it, in any edition`, async ({ page }) => {
  await page.setViewportSize({ width, height: 780 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordChartTexts(page);
  const paths = sheetsWithCharts();
  expect(paths.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await drawCharts(page);
    found.push(...(await clashes(page, path)));
  }
  expect(found).toEqual([]);
});

test('a sheet’s chart drawn on a desktop and then printed, beside its table, writes no label over another, in any edition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordChartTexts(page);
  const found: string[] = [];
  for (const path of sheetsWithCharts()) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'screen' });
    await page.goto(path);
    const charts = await drawCharts(page);
    const wide = await charts.first().evaluate((chart) => chart.getBoundingClientRect().width);
    // An A4 page within the print stylesheet's margins is 688 CSS px wide; the chart stands in a column beside its table.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 688, height: 1000 });
    await expect.poll(() => charts.first().locator('canvas').evaluate((canvas) => canvas.getBoundingClientRect().width)).toBeLessThan(wide - 100);
    found.push(...(await clashes(page, path)));
  }
  expect(found).toEqual([]);
});

test('on a desktop, Russian and Kazakh charts write their axis’s numbers as the page does (15 905; 1,4), not in English', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordChartTexts(page);
  const paths = sheetsWithCharts().filter((path) => /^\/(ru|kk)\//.test(path));
  expect(paths.length).toBeGreaterThan(0);
  const english: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const charts = await drawCharts(page);
    for (let i = 0; i < (await charts.count()); i++) {
      await expect.poll(async () => (await axisLabels(page, i)).length, { message: `${path} chart ${i}` }).toBeGreaterThan(0);
      // "20,000" or "1.5 млрд ₸": thousands set off by a comma, or a decimal point.
      for (const { text } of await axisLabels(page, i)) if (/\d,\d{3}(?!\d)|\d\.\d/.test(text)) english.push(`${path} chart ${i}: ${text}`);
    }
  }
  expect(english).toEqual([]);
});

test('a chart drawn on a dark screen prints in the print stylesheet’s colours, not the screen’s', async ({ page }) => {
  const [path] = sheetsWithCharts();
  if (!path) throw new Error('No published sheet has a chart.');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await recordChartTexts(page);
  await page.goto(path);
  await drawCharts(page);
  const onScreen = new Set((await valueLabels(page, 0)).map((label) => label.color));
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  // The print stylesheet's text colour, written as a canvas reports colours (#rrggbb).
  const printText = await page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx) ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--text').trim();
    return String(ctx?.fillStyle);
  });
  expect(onScreen.has(printText)).toBe(false);
  await expect.poll(async () => [...new Set((await valueLabels(page, 0)).map((label) => label.color))]).toEqual([printText]);
});
