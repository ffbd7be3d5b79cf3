// The key a sheet's PDF is cached under (scripts/pdf.mjs): a hash of
// everything that shapes the file, so that a rebuild prints again exactly the
// sheets whose PDF would change.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha } from './build-manifest.mjs';

/**
 * What a page loads to print itself: its stylesheets and the files named by a
 * `src` (scripts, images). Files it only links to (the feed, the downloads,
 * other pages) do not shape its PDF: the feed changes with every new sheet,
 * and would otherwise print every sheet again.
 */
export function loadedFiles(html) {
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="[^"]*\bstylesheet\b/.test(tag))
    .map((tag) => /\bhref="(\/[^"#?]*)"/.exec(tag)?.[1]);
  const sources = [...html.matchAll(/\bsrc="(\/[^"#?]*)"/g)].map((m) => m[1]);
  return [...new Set([...stylesheets, ...sources].filter((path) => path !== undefined))].sort();
}

/**
 * What shapes a sheet's PDF: its page, the files the page loads (Vite names
 * its own files by their content, so their names suffice; others are read),
 * its manifest record and the code that prints. The same key means the same bytes.
 * `hashes` keeps each file's hash for one run of the step, since most pages
 * load the same files.
 */
export function sheetKey(dir, sheet, code, hashes = new Map()) {
  // The site's header and footer and the sheet's links to other sheets are not
  // printed (src/styles/print.css): a new year in the header reprints nothing.
  const html = readFileSync(join(dir, sheet.page, 'index.html'), 'utf8')
    .replace(/<header class="site-header">[\s\S]*?<\/header>/, '')
    .replace(/<nav class="sheet-nav"[\s\S]*?<\/nav>/, '')
    .replace(/<footer class="site-footer">[\s\S]*?<\/footer>/, '');
  const assets = loadedFiles(html).map((path) => {
    if (path.startsWith('/_astro/')) return path;
    let hashed = hashes.get(path);
    if (hashed === undefined) {
      const file = join(dir, path);
      hashes.set(path, (hashed = existsSync(file) && statSync(file).isFile() ? `${path}:${sha(readFileSync(file))}` : path));
    }
    return hashed;
  });
  return sha(code, JSON.stringify(sheet), html, assets.join('\n'));
}
