// The search index, as scripts/build.mjs writes it after Astro. The
// benchmark needs it for the weight report (scripts/size.mjs counts
// Pagefind's scripts on the search page and cannot read them otherwise),
// and it is part of a real build, so its time is reported too.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BenchError } from './errors.mjs';

export async function searchIndex(dir) {
  // The corpus's own copy of the step: the code being measured is the project's as it is now.
  const { writeSearchIndex } = await import(pathToFileURL(join(dir, 'scripts/search-index.mjs')).href);
  const started = performance.now();
  try {
    const pages = await writeSearchIndex(join(dir, 'dist'));
    return { seconds: (performance.now() - started) / 1000, ...pages };
  } catch (error) {
    throw new BenchError(`The search index failed: ${error instanceof Error ? error.message : error}\nThe corpus is left in ${dir}.`);
  }
}
