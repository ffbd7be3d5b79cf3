import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, ENTRIES, type ContentFiles, type TextFile } from './files';

/** Reads the content folder of the project at `root`; a missing data file reads as empty, which the check reports. */
export function readContentFiles(root: string): ContentFiles {
  const read = (file: string): TextFile => {
    try {
      return { file, text: readFileSync(join(root, file), 'utf8') };
    } catch {
      return { file, text: '' };
    }
  };
  let names: string[] = [];
  try {
    names = readdirSync(join(root, ENTRIES), { recursive: true, encoding: 'utf8' });
  } catch {
    names = [];
  }
  const sheets = names
    .map((name) => name.split('\\').join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')) && statSync(join(root, ENTRIES, name)).isFile())
    .sort()
    .map((name) => read(`${ENTRIES}/${name}`));
  return { topics: read(DATA_FILES.topics), metrics: read(DATA_FILES.metrics), sources: read(DATA_FILES.sources), sheets };
}
