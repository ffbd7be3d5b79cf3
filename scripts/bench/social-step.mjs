// The social images, as scripts/build.mjs renders them after Astro: one
// process per core, cold (the corpus's .astro/social-cache removed first).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BenchError } from './errors.mjs';

export async function socialImages(dir) {
  // The corpus's own copy of the step, so the code measured is the project's as it is now.
  const { writeSocialImages } = await import(pathToFileURL(join(dir, 'scripts/social-images.mjs')).href);
  rmSync(join(dir, '.astro/social-cache'), { recursive: true, force: true });
  const started = performance.now();
  try {
    const images = await writeSocialImages(join(dir, 'dist'));
    return { seconds: (performance.now() - started) / 1000, ...images };
  } catch (error) {
    throw new BenchError(`The social images failed: ${error instanceof Error ? error.message : error}\nThe corpus is left in ${dir}.`);
  }
}
