// Runs one of the build's later steps from the corpus's own copy of the
// scripts (so the code measured is the project's as it is now) and times it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BenchError } from './errors.mjs';

/** `step` names the script and its export: ['scripts/search-index.mjs', 'writeSearchIndex']. */
export async function corpusStep(dir, [script, name], label) {
  const run = (await import(pathToFileURL(join(dir, script)).href))[name];
  const started = performance.now();
  try {
    const result = await run(join(dir, 'dist'));
    return { seconds: (performance.now() - started) / 1000, ...result };
  } catch (error) {
    throw new BenchError(`${label} failed: ${error instanceof Error ? error.message : error}\nThe corpus is left in ${dir}.`);
  }
}
