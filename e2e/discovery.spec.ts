import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, correctionsOf, sheets } from './site.ts';

/** What search engines and link previews read: the sitemap, robots.txt, canonical addresses, descriptions and Open Graph. */
const dist = join(import.meta.dirname, '../dist');
const pages = builtPages().filter((p) => !p.endsWith('/404'));

test('the sitemap lists every page at its canonical address, and robots.txt points to it', async ({ request }) => {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const listed = sitemaps.flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(new URL(sitemapUrl).pathname).toBe('/sitemap-index.xml');
  const site = new URL(sitemapUrl).origin;
  expect(listed.map((url) => url.slice(site.length)).sort()).toEqual([...pages].sort());
  // Every entry names the same page in the three editions.
  const entries = sitemaps.flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] ?? ''));
  for (const entry of entries) {
    const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(entry)?.[1] ?? '').pathname;
    const bare = loc.replace(/^\/(ru|kk)\//, '/');
    const alternates = Object.fromEntries([...entry.matchAll(/hreflang="([a-z-]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2] ?? '').pathname]));
    expect(alternates, loc).toEqual({ en: bare, ru: `/ru${bare}`, kk: `/kk${bare}` });
  }
});

/** The content of a meta or link tag of a page's HTML: head tags are plain markup, read without a browser. */
const attr = (html: string, tag: RegExp, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag.exec(html)?.[0] ?? '')?.[1];
const decode = (text: string | undefined) => text?.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The publication's name in each edition, which every page's title carries. */
const names = { en: 'Kazakhstan Cybercrime Fact Sheets', ru: 'Справки о киберпреступности в Казахстане', kk: 'Қазақстандағы киберқылмыс туралы анықтамалар' };

test('every page answers, has a title naming the publication in its edition, its canonical address, a description and a link preview', async ({ request }) => {
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    const html = await response.text();
    const edition = path.startsWith('/ru/') ? 'ru' : path.startsWith('/kk/') ? 'kk' : 'en';
    expect(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1]), path).toContain(names[edition]);
    const canonical = attr(html, /<link rel="canonical"[^>]*>/, 'href');
    expect(new URL(canonical ?? '').pathname, path).toBe(path);
    const description = decode(attr(html, /<meta name="description"[^>]*>/, 'content'));
    expect(description?.length, path).toBeGreaterThan(30);
    expect(attr(html, /<meta property="og:url"[^>]*>/, 'content'), path).toBe(canonical);
    expect(attr(html, /<meta property="og:title"[^>]*>/, 'content'), path).toBeTruthy();
    expect(decode(attr(html, /<meta property="og:description"[^>]*>/, 'content')), path).toBe(description);
    expect(attr(html, /<meta property="og:type"[^>]*>/, 'content'), path).toBe(/^(\/(ru|kk))?\/\d{4}\/[a-z-]+\/$/.test(path) ? 'article' : 'website');
  }
});

for (const sheet of sheets) {
  test(`${sheet} previews with its own 1200 × 630 social image, which exists`, async ({ request }) => {
    const html = await (await request.get(sheet)).text();
    const image = attr(html, /<meta property="og:image"[^>]*>/, 'content') ?? '';
    expect(new URL(image).pathname).toBe(`${sheet}social.png`);
    expect(attr(html, /<meta name="twitter:card"[^>]*>/, 'content')).toBe('summary_large_image');
    const title = decode(attr(html, /<meta property="og:title"[^>]*>/, 'content')) ?? '';
    expect(decode(attr(html, /<meta property="og:image:alt"[^>]*>/, 'content'))).toContain(title);
    const response = await request.get(new URL(image).pathname);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // The PNG header states the size: width and height in the IHDR chunk.
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect([attr(html, /<meta property="og:image:width"[^>]*>/, 'content'), attr(html, /<meta property="og:image:height"[^>]*>/, 'content')]).toEqual(['1200', '630']);
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

test('every sheet links to its file in the repository for editing', async ({ request }) => {
  for (const sheet of sheets) {
    const html = await (await request.get(sheet)).text();
    const href = /<a href="([^"]+)">Edit this sheet<\/a>/.exec(html)?.[1];
    expect(href, sheet).toMatch(new RegExp(`^https://.+/edit/main/content/entries${sheet.slice(0, -1)}\\.mdx$`));
  }
});

for (const sheet of sheets) {
  test(`${sheet} describes itself as a schema.org Dataset whose downloads exist`, async ({ page, request }) => {
    await page.goto(sheet);
    const text = await page.locator('script[type="application/ld+json"]').textContent();
    const data: unknown = JSON.parse(text ?? '');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: await page.getByRole('heading', { level: 1 }).textContent(),
      description: await page.locator('meta[name="description"]').getAttribute('content'),
      spatialCoverage: { '@type': 'Place', name: 'Kazakhstan' },
      temporalCoverage: expect.stringMatching(/^\d{4}-\d{2}(-\d{2})?(\/\d{4}-\d{2}(-\d{2})?)?$/),
      license: expect.stringMatching(/^https:\/\//),
      creator: { '@type': 'Organization' },
    });
    const distribution = data !== null && typeof data === 'object' && 'distribution' in data && Array.isArray(data.distribution) ? data.distribution : [];
    expect(distribution).toHaveLength(2);
    for (const url of distribution.map((d: unknown) => (d !== null && typeof d === 'object' && 'contentUrl' in d ? String(d.contentUrl) : ''))) {
      const path = new URL(url).pathname;
      expect((await request.get(path)).status(), path).toBe(200);
    }
  });
}
