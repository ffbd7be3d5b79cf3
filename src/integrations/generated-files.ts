import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { GeneratedFile } from '../generated-files';

/** The manifest src/pages/build-manifest.json.ts writes, beside the pages. */
const MANIFEST = 'build-manifest.json';

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
        const manifest: unknown = JSON.parse(readFileSync(manifestFile, 'utf8'));
        if (manifest === null || typeof manifest !== 'object' || !('files' in manifest)) throw new Error(`${MANIFEST} lists no generated files (src/pages/build-manifest.json.ts)`);
        const { files, ...rest } = manifest;
        const list = generatedFileList(files);
        const targets = list.map(({ path, text }) => ({ target: fileURLToPath(new URL(`.${path}`, dir)), text }));
        for (const folder of new Set(targets.map(({ target }) => dirname(target)))) mkdirSync(folder, { recursive: true });
        // All at once: the writes wait on the disk, not on each other.
        await Promise.all(targets.map(({ target, text }) => writeFile(target, text)));
        writeFileSync(manifestFile, JSON.stringify(rest, null, 1));
        logger.info(`wrote ${list.length} data files and print stylesheets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

/** The manifest's files, each an address on the site and its text; anything else is a defect of the build. */
export function generatedFileList(files: unknown): GeneratedFile[] {
  if (!Array.isArray(files)) throw new Error(`${MANIFEST}: files must be a list`);
  return files.map((file: unknown, i) => {
    if (file === null || typeof file !== 'object' || !('path' in file) || !('text' in file) || typeof file.path !== 'string' || typeof file.text !== 'string') {
      throw new Error(`${MANIFEST}: files[${i}] must have a path and a text`);
    }
    // An address within the site, never above it.
    if (!file.path.startsWith('/') || file.path.split('/').includes('..')) throw new Error(`${MANIFEST}: files[${i}] has the address ${file.path}, outside the site`);
    return { path: file.path, text: file.text };
  });
}
