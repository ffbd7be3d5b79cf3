import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadedFiles, sheetKey } from './pdf-key.mjs';

/**
 * A sheet's PDF is printed again exactly when something it prints changes:
 * the key covers the printed page, the files it loads, its manifest record
 * and the printing code, and leaves out what print.css hides.
 */
const dir = mkdtempSync(join(tmpdir(), 'pdf-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = { page: '/2025/detection/', pdf: '2025/detection.pdf', title: 'Detection in 2025', running: 'Fact sheets · Detection in 2025', pageOf: 'Page {page} of {total}' };
const page = ({ header = '<a href="/2025/">2025</a>', nav = '<a href="/2024/detection/">2024</a>', body = '<p>In May 2025 the Ministry said so.</p>', footer = '© 2026' } = {}) =>
  `<html><head><link rel="stylesheet" href="/_astro/sheet.abc123.css"><link rel="stylesheet" href="/2025/detection/print.css"><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>` +
  `<header class="site-header">${header}</header><main>${body}<nav class="sheet-nav" aria-label="Other years">${nav}</nav></main><footer class="site-footer">${footer}</footer></body></html>`;

function keyOf(html: string, { css = '@page { @top-left { content: "Detection in 2025" } }', sheet = record, code = 'code v1', feed = '<rss>Detection in 2025</rss>', csv = 'figure,value' } = {}) {
  mkdirSync(join(dir, '2025/detection'), { recursive: true });
  writeFileSync(join(dir, '2025/detection/index.html'), html);
  writeFileSync(join(dir, '2025/detection/print.css'), css);
  writeFileSync(join(dir, 'feed.xml'), feed);
  writeFileSync(join(dir, '2025/detection.csv'), csv);
  return sheetKey(dir, sheet, code);
}

describe('the key a sheet’s PDF is cached under', () => {
  const key = keyOf(page());

  it('is the same for the same page, files, record and code', () => {
    expect(keyOf(page())).toBe(key);
  });

  it('changes when a sentence of the sheet changes', () => {
    expect(keyOf(page({ body: '<p>In May 2025, the Ministry said so.</p>' }))).not.toBe(key);
  });

  it('does not change with the header, footer or links to other years, which are not printed', () => {
    expect(keyOf(page({ header: '<a href="/2026/">2026</a>', nav: '<a href="/2026/detection/">2026</a>', footer: '© 2027' }))).toBe(key);
  });

  it('changes when a file the page loads changes, read for those not named by their content', () => {
    expect(keyOf(page(), { css: '@page { @top-left { content: "Detection, 2025" } }' })).not.toBe(key);
    expect(keyOf(page().replace('sheet.abc123.css', 'sheet.def456.css'))).not.toBe(key);
  });

  it('does not change when a file the page only links to changes: the feed (new with every sheet), a download', () => {
    const linking = page({ body: '<p>In May 2025 the Ministry said so. <a href="/2025/detection.csv">CSV</a></p>' });
    const before = keyOf(linking);
    expect(keyOf(linking, { feed: '<rss>Detection in 2026</rss>', csv: 'figure,value,unit' })).toBe(before);
  });

  it('changes with the manifest record (the running footer) and with the printing code', () => {
    expect(keyOf(page(), { sheet: { ...record, running: 'Fact sheets · Detection, 2025' } })).not.toBe(key);
    expect(keyOf(page(), { code: 'code v2' })).not.toBe(key);
  });
});

describe('the files a page loads to print itself', () => {
  it('are its stylesheets and what its scripts and images load, not what it links to', () => {
    const html =
      '<link rel="icon" href="/favicon.svg"><link rel="alternate" href="/feed.xml"><link href="/_astro/a.css" rel="stylesheet">' +
      '<link rel="stylesheet" href="/2025/detection/print.css"><script type="module" src="/_astro/chart.js"></script>' +
      '<img src="/images/map.svg" alt=""><a href="/2025/detection.csv">CSV</a><a href="/sources/#mia">MIA</a>';
    expect(loadedFiles(html)).toEqual(['/2025/detection/print.css', '/_astro/a.css', '/_astro/chart.js', '/images/map.svg']);
  });
});
