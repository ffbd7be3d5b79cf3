// The social images, as scripts/build.mjs renders them after Astro: one
// process per core, cold (the corpus's .astro/social-cache removed first).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { corpusStep } from './corpus-step.mjs';

export function socialImages(dir) {
  rmSync(join(dir, '.astro/social-cache'), { recursive: true, force: true });
  return corpusStep(dir, ['scripts/social-images.mjs', 'writeSocialImages'], 'The social images');
}
