// The search index: Pagefind reads the built pages and writes its index and
// browser code into <dir>/pagefind/. Only what pages mark with
// data-pagefind-body is indexed (sheets, sources, glossary); titles and
// figure labels carry extra weight there, so a sheet outranks a passing mention.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the site built in `dir`; returns how many pages were read and how many indexed. Throws with Pagefind's own words on failure. */
export async function writeSearchIndex(dir) {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Pagefind also writes its ready-made interfaces; the site has its own search element, so they would only be dead weight.
    for (const file of readdirSync(written.outputPath)) if (/^pagefind-(component-|modular-)?ui\.|^pagefind-highlight\./.test(file)) rmSync(join(written.outputPath, file));
    const entry = JSON.parse(readFileSync(join(written.outputPath, 'pagefind-entry.json'), 'utf8'));
    const indexed = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
    return { read: added.page_count, indexed };
  } finally {
    await pagefind.close();
  }
}
