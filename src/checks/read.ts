import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, ENTRIES, TRANSLATIONS_DIR, type ContentFiles, type TextFile } from './files.ts';

/** Reads the content folder of the project at `root`; a missing data file reads as empty, which the check reports. */
export function readContentFiles(root: string): ContentFiles {
  const read = (file: string): TextFile => {
    try {
      return { file, text: readFileSync(join(root, file), 'utf8') };
    } catch {
      return { file, text: '' };
    }
  };
  const filesUnder = (dir: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
    } catch {
      names = [];
    }
    return names
      .map((name) => name.split('\\').join('/'))
      .filter((name) => !name.split('/').some((part) => part.startsWith('.')) && statSync(join(root, dir, name)).isFile())
      .sort()
      .map((name) => read(`${dir}/${name}`));
  };
  return {
    topics: read(DATA_FILES.topics),
    metrics: read(DATA_FILES.metrics),
    sources: read(DATA_FILES.sources),
    about: read(DATA_FILES.about),
    sheets: filesUnder(ENTRIES),
    translations: filesUnder(TRANSLATIONS_DIR),
  };
}

/**
 * One hash of every content file, path and text: the build's content check
 * leaves it as a receipt, and the Astro build it starts skips checking the
 * very same files again (src/loaders/content-check.ts).
 */
export const contentFingerprint = (files: ContentFiles): string => createHash('sha256').update(JSON.stringify(files)).digest('hex');
