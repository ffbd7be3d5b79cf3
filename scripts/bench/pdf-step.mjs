// The PDF step of the corpus's build: its own scripts/pdf.mjs, imported and
// called as scripts/build.mjs calls it, on the corpus's dist/. Whatever the
// step returns is reported as it is, so counts it learns to return later
// (printed, reused) show up without a change here.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BenchError } from './errors.mjs';
import { discard } from './trash.mjs';

/** The PDF step's own cache, if it keeps one; moved to the trash for a cold run. */
export const PDF_CACHE = '.astro/pdf-cache';

export async function writeCorpusPdfs(dir, { cold, label }) {
  if (cold) discard(join(dir, PDF_CACHE));
  const { writePdfs } = await import(pathToFileURL(join(dir, 'scripts/pdf.mjs')).href);
  const { site } = await import(pathToFileURL(join(dir, 'site.config.mjs')).href);
  // The step may resolve its cache and files from the working folder, as it does under `npm run build`.
  const before = process.cwd();
  process.chdir(dir);
  const started = performance.now();
  try {
    const result = await writePdfs(join(dir, 'dist'), { site });
    return { wall: (performance.now() - started) / 1000, result: { ...result } };
  } catch (error) {
    throw new BenchError(`${label} failed: ${error instanceof Error ? error.message : error}\nThe corpus is left in ${dir}.`);
  } finally {
    process.chdir(before);
  }
}
