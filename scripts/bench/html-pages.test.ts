import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPages, otherPages } from './html-pages.mjs';

const dist = mkdtempSync(join(tmpdir(), 'kz-html-pages-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
for (const file of ['index.html', '404.html', '2025/index.html', '2025/detection/index.html', 'ru/2025/detection/index.html', 'ru/404/index.html', 'ru/topics/detection/index.html', 'kk/sources/2025/index.html', 'data/figures.csv', '2025/detection/print.css']) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), '');
}

describe('the pages of a build', () => {
  it('counts every HTML file, and the sheet pages among them in every edition', () => {
    expect(countPages(dist)).toEqual({ pages: 8, sheetPages: 2 });
  });

  it('gives the bare baseline every other page as a route path, so both builds write the same addresses', () => {
    expect(otherPages(dist)).toEqual(['', '2025', '404', 'kk/sources/2025', 'ru/404', 'ru/topics/detection']);
  });
});
