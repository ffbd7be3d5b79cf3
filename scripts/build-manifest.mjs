// What the build's later steps (social images, PDFs) share: the manifest the
// Astro build writes for them (src/pages/build-manifest.json.ts), and the
// hash their caches are keyed by.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'build-manifest.json';

/** The manifest the build wrote; scripts/build.mjs removes it once its steps are done. */
export function readManifest(dir) {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) throw new Error(`The build's later steps need ${MANIFEST} in the built site (written by src/pages/build-manifest.json.ts); it is missing.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** One hash of several strings or buffers, each kept apart from the next. */
export const sha = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};
