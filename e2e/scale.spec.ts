import { expect, test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveFolder } from '../scripts/static-server.mjs';
import { removeCopies } from '../scripts/project-copy.ts';
import { languages, localePath } from '../src/i18n/locales.ts';
import { uiFor } from '../src/i18n/ui.ts';
import { brokenLinks, nuErrors, openSweepPage, overlaps, recordChartTexts, repeatedIds, sweepPage, valueLabels } from './checkers.ts';
import { ADDED_YEARS, buildScaleSite, planScaleSite, scaleSample, withYear } from './scale-site.ts';
import { builtPages } from './site.ts';

/**
 * The published site as it will be once the archive has grown: the pages that
 * change past a size (topic pages that list earlier years, sources that count
 * their citing sheets, a metric's own page) do not exist in today's content,
 * so the sweep of the published site never sees them. This builds a copy of
 * the project with twelve more years of one topic (e2e/scale-site.ts) and
 * holds it to the same independent checks: axe in every look, no foreign
 * request or CSP violation, the Nu HTML Checker, and links and anchors.
 */
const plan = planScaleSite();

interface Site {
  dist: string;
  origin: string;
  /** Every page's HTML, by the address a reader visits. */
  html: Map<string, string>;
}

// The site is built once, by the one worker that runs this file's tests in order.
base.describe.configure({ mode: 'default' });

const test = base.extend<object, { site: Site; shared: Page }>({
  site: [
    async ({}, use) => {
      const dist = await buildScaleSite(plan);
      const server = await serveFolder(dist);
      // Every page but the 404 page, read as the server sends it.
      const html = new Map(builtPages(dist).filter((p) => !p.endsWith('/404')).map((path) => [path, readFileSync(path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, `${path}.html`), 'utf8')] as const));
      await use({ dist, origin: server.origin, html });
      await server.close();
      removeCopies();
    },
    // Copying and building the site as `npm run build` does: PDFs, search index, social images.
    { scope: 'worker', timeout: 300_000 },
  ],
  shared: [
    async ({ browser }, use) => {
      const { context, page } = await openSweepPage(browser);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('a copied sheet’s title names its year and stays within the schema’s 120 characters', () => {
  expect(withYear('Internet fraud and its detection in 2024', '2013')).toBe('Internet fraud and its detection in 2024 (2013)');
  const longest = withYear(`${'Cybercrime detection '.repeat(6)}end`, '2013');
  expect(longest).toHaveLength(120);
  expect(longest.endsWith(' (2013)')).toBe(true);
});

test('the scale site has the pages that appear only as the archive grows, in every edition', ({ site }) => {
  for (const lang of languages) {
    const ui = uiFor(lang);
    const topic = site.html.get(localePath(lang, `/topics/${plan.topic}/`)) ?? '';
    // The topic page's cards show its newest six sheets; the earlier ones are listed by year.
    expect(topic, `${lang} topic page`).toContain(`<h3>${ui.topic.earlier}</h3>`);
    for (const id of plan.added.slice(6)) expect(topic, `${lang} topic page lists ${id}`).toContain(`href="${localePath(lang, `/${id}/`)}"`);
    expect(site.html.has(localePath(lang, `/topics/${plan.topic}/${plan.metric}/`)), `${lang} page of ${plan.metric}`).toBe(true);
    // A source cited by more sheets than the page lists counts the rest, in the edition's words.
    const sources = site.html.get(localePath(lang, '/sources/')) ?? '';
    const counts = Array.from({ length: 500 }, (_, i) => ui.sources.more(i + 1)).filter((words) => sources.includes(words));
    expect(counts, `${lang} sources page`).not.toEqual([]);
  }
});

for (const path of scaleSample(plan)) {
  test(`${path} on the scale site: one h1, scripts only for its parts, no foreign request or CSP violation, axe in every look`, async ({ site, shared }) => {
    expect(await sweepPage(shared, `${site.origin}${path}`, site.origin)).toEqual([]);
  });
}

for (const width of [1280, 360]) {
  test(`a metric's chart of every year at ${width} px writes no value label over another, and the newest value`, async ({ site, browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await recordChartTexts(page);
    await page.goto(`${site.origin}${localePath('en', `/topics/${plan.topic}/${plan.metric}/`)}`);
    const chart = page.locator('kz-chart').first();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', '');
    // Chart.js paints on an animation frame after the chart says it has drawn.
    await expect.poll(async () => (await valueLabels(page, 0)).length).toBeGreaterThan(0);
    const drawn = await valueLabels(page, 0);
    expect(overlaps(drawn)).toEqual([]);
    // The newest value (the chart's last) is always written, its lines in order.
    const payload: unknown = JSON.parse((await chart.getAttribute('data-chart')) ?? '{}');
    const texts: unknown = payload !== null && typeof payload === 'object' && 'texts' in payload ? payload.texts : [];
    const newest = Array.isArray(texts) ? String(texts.at(-1)) : '';
    expect(Array.isArray(texts) ? texts.length : 0).toBeGreaterThan(ADDED_YEARS);
    expect(drawn.map((d) => d.text).join(' ').replace(/\s+/g, ' ')).toContain(newest.replace(/\s+/g, ' '));
    await context.close();
  });
}

test('every page of the scale site passes the Nu HTML Checker', ({ site }) => {
  expect(nuErrors(site.dist)).toEqual([]);
});

test('no link or anchor on the scale site is broken, and no page uses an id twice', ({ site }) => {
  expect(brokenLinks(site.html, site.dist)).toEqual([]);
  for (const [path, html] of site.html) expect(repeatedIds(html), path).toEqual([]);
});
