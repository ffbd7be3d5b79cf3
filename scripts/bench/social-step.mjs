// The social images, as scripts/build.mjs renders them after Astro: one
// process per core, cold (the corpus's .astro/social-cache moved to the trash first).
import { join } from 'node:path';
import { corpusStep } from './corpus-step.mjs';
import { discard } from './trash.mjs';

export function socialImages(dir) {
  discard(join(dir, '.astro/social-cache'));
  return corpusStep(dir, ['scripts/social-images.mjs', 'writeSocialImages'], 'The social images');
}
