// Pages are counted from what a build wrote, not from what it was asked to
// build: the figure per page divides by the files a reader can open.
import { readdirSync } from 'node:fs';

/** Sheet pages in any edition: 2025/detection/index.html, ru/2025/detection/index.html. */
const SHEET_PAGE = /^(?:(?:ru|kk)\/)?\d{4}\/[a-z0-9-]+\/index\.html$/;

const htmlFiles = (dist) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.html'));

export function countPages(dist) {
  const html = htmlFiles(dist);
  return { pages: html.length, sheetPages: html.filter((f) => SHEET_PAGE.test(f)).length };
}

/** The addresses of a build's pages other than sheets, as route paths: "" for index.html, "ru/topics/detection", "404". */
export function otherPages(dist) {
  return htmlFiles(dist)
    .filter((f) => !SHEET_PAGE.test(f))
    .map((f) => f.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}
