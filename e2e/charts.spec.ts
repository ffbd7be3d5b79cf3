import { expect, test, type Page } from '@playwright/test';
import { drawCharts } from './checkers.ts';

const chartPages = ['/2025/detection/', '/2024/detection/', '/2024/anti-fraud-center/', '/topics/detection/'];

/** Opaque pixels on a canvas: a drawn chart has thousands. Chart.js paints on an animation frame after `data-drawn` is set, so callers poll. */
const ink = (page: Page, index: number) =>
  page.locator('kz-chart canvas').nth(index).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
    return n;
  });

test('every chart on every chart page draws, with its accessible summary', async ({ page }) => {
  for (const path of chartPages) {
    await page.goto(path);
    const charts = await drawCharts(page);
    const count = await charts.count();
    expect(count, path).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect.poll(() => ink(page, i), { message: `${path} chart ${i}` }).toBeGreaterThan(2000);
      await expect(charts.nth(i).getByRole('img')).toHaveAccessibleName(/\w+ .*\d/);
    }
  }
});

test('charts draw under the strict Content-Security-Policy, with no violation reported', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  await page.goto('/2024/detection/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'; style-src 'self'/);
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => console.log(`Content Security Policy: ${e.violatedDirective}`)));
  await drawCharts(page);
  await expect.poll(() => ink(page, 0)).toBeGreaterThan(2000);
  expect(violations).toEqual([]);
});

test('a chart’s table holds the same figures as the sheet, hedges included', async ({ page }) => {
  await page.goto('/2024/anti-fraud-center/');
  const chart = page.locator('figure.chart').first();
  await expect(chart.locator('tbody tr')).toHaveText([/In droppers’ accounts\s*more than ₸300 million/, /On its way abroad\s*₸400 million/]);
  await expect(page.locator('#fig-dropper-funds-blocked td.num')).toHaveText('more than ₸300 million');
  await expect(chart.getByRole('img')).toHaveAccessibleName('The anti-fraud center blocked more than ₸300 million in droppers’ accounts and ₸400 million on its way abroad.');
  await expect(chart.locator('.chart-source')).toContainText('Senate meeting, 31 October 2024; Zakon.kz, September 2024');
});

test('a topic page charts a metric across the sheets that report it', async ({ page }) => {
  await page.goto('/topics/detection/');
  const chart = page.locator('figure.chart', { hasText: 'Cybercrime detection rate' });
  await expect(chart.locator('tbody tr')).toHaveText([/2024\s*28\.4%/, /January–March 2025\s*38\.9%/]);
});

test('pages without charts load no chart code; chart pages fetch Chart.js only near a chart', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/sources/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  // A sheet without charts loads its copy buttons, and nothing of the charts.
  await page.goto('/2025/legal-amendments/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toHaveLength(1);
  expect(scripts.some((u) => /chart/i.test(u))).toBe(false);
  scripts.length = 0;

  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto('/2024/detection/');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((u) => u.includes('draw-chart'))).toBe(false);
  await page.locator('kz-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('kz-chart').first()).toHaveAttribute('data-drawn', '');
  expect(scripts.some((u) => u.includes('draw-chart'))).toBe(true);
});

test('drawing a chart moves nothing on the page', async ({ page }) => {
  await page.goto('/2024/detection/');
  await page.evaluate(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { shift: number }).shift += (e as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const after = page.locator('figure.chart .chart-summary').first();
  const before = await after.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  await drawCharts(page);
  expect(await after.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a chart shows as its table, with no empty box', async ({ page }) => {
    await page.goto('/2025/detection/');
    const chart = page.locator('figure.chart').first();
    await expect(chart.locator('.chart-box')).toBeHidden();
    await expect(chart.getByRole('table')).toBeVisible();
    await expect(chart.locator('tbody tr')).toHaveText([/2024\s*28\.4%/, /January–March 2025\s*38\.9%/]);
  });
});

test('under print emulation every chart fits the page width, drawn', async ({ page }) => {
  // Drawn wide on screen, then printed on a page narrower than the chart was:
  // the canvas must follow (Chart.js issues 1350 and 7006).
  await page.goto('/2024/detection/');
  await drawCharts(page);
  const screenWidth = await page.locator('kz-chart canvas').first().evaluate((c) => c.getBoundingClientRect().width);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 480, height: 1000 });
  const rights = await page.locator('kz-chart canvas').evaluateAll((canvases) => canvases.map((c) => c.getBoundingClientRect().right));
  expect(screenWidth).toBeGreaterThan(480);
  expect(rights.length).toBeGreaterThan(0);
  for (const right of rights) expect(right).toBeLessThanOrEqual(480);
  await expect.poll(() => ink(page, 0)).toBeGreaterThan(2000);
});

test('a page that opens in print media, as the PDF step opens it, draws every chart without scrolling', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/topics/detection/');
  const charts = page.locator('kz-chart');
  expect(await charts.count()).toBeGreaterThan(1);
  // The last chart lies further below the first screen than the 300 px at which a chart on screen starts to draw.
  expect(await charts.last().evaluate((chart) => chart.getBoundingClientRect().top - innerHeight)).toBeGreaterThan(300);
  for (const chart of await charts.all()) await expect(chart).toHaveAttribute('data-drawn', '');
});
