import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MANIFEST, unpackManifest } from '../lib/manifest-format';

/**
 * Writes the files beside the pages (src/generated-files.ts) once Astro is
 * done: the build manifest carries each one's address and text, and leaves
 * the build without them, for the steps after Astro read only what they need.
 */
export function generatedFilesIntegration(): AstroIntegration {
  return {
    name: 'kz-generated-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const manifestFile = fileURLToPath(new URL(MANIFEST, dir));
        const { head, files } = unpackManifest(readFileSync(manifestFile));
        const targets = files.map(({ path, bytes }) => ({ target: fileURLToPath(new URL(`.${path}`, dir)), bytes }));
        for (const folder of new Set(targets.map(({ target }) => dirname(target)))) mkdirSync(folder, { recursive: true });
        // All at once: the writes wait on the disk, not on each other.
        await Promise.all(targets.map(({ target, bytes }) => writeFile(target, bytes)));
        // What the steps after Astro read (PDFs, social images), as plain JSON.
        writeFileSync(manifestFile, JSON.stringify(head, null, 1));
        logger.info(`wrote ${files.length} data files and print stylesheets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
