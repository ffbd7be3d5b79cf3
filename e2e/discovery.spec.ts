import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, correctionsOf, sheets } from './site';

/** What search engines and link previews read: the sitemap, robots.txt, canonical addresses, descriptions and Open Graph. */
const dist = join(import.meta.dirname, '../dist');
const pages = builtPages().filter((p) => p !== '/404');

test('the sitemap lists every page at its canonical address, and robots.txt points to it', async ({ request }) => {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const listed = sitemaps.flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(new URL(sitemapUrl).pathname).toBe('/sitemap-index.xml');
  const site = new URL(sitemapUrl).origin;
  expect(listed.map((url) => url.slice(site.length)).sort()).toEqual([...pages].sort());
});

for (const path of pages) {
  test(`${path} has its canonical address, a description and a link preview`, async ({ page }) => {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(path);
    expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(30);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    expect(await meta('meta[property="og:type"]')).toBe(/^\/\d{4}\/[a-z-]+\/$/.test(path) ? 'article' : 'website');
  });
}

test('the feed is well-formed RSS with an item for each sheet and each correction', async ({ page, request }) => {
  const xml = await (await request.get('/feed.xml')).text();
  await page.goto('/');
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return undefined;
    return [...doc.querySelectorAll('item')].map((item) => new URL(item.querySelector('link')?.textContent ?? '').pathname + new URL(item.querySelector('link')?.textContent ?? '').hash);
  }, xml);
  const corrections = sheets.flatMap((s) => correctionsOf(s).map(() => `${s}#corrections`));
  expect(items?.sort()).toEqual([...sheets, ...corrections].sort());
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feed.xml');
});

for (const sheet of sheets) {
  test(`${sheet} links to its file in the repository for editing`, async ({ page }) => {
    await page.goto(sheet);
    const href = await page.getByRole('link', { name: 'Edit this sheet' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^https://.+/edit/main/content/entries${sheet.slice(0, -1)}\\.mdx$`));
  });
}
