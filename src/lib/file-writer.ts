import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file beside the pages: its address on the site, such as /kk/2025/detection.csv, and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/**
 * Writes files into a built site, `inFlight` at a time. Node writes a file
 * in three steps on its pool of four threads (open, write, close), so a few
 * dozen in flight keep the pool busy; each waits on the disk, not on the
 * processor. It checks every address before it writes anything, and
 * fails, naming the address, if one lies outside the site or a file could not
 * be written; the other files are written all the same.
 */
export async function writeGeneratedFiles(root: URL, files: readonly GeneratedFile[], inFlight = 64): Promise<void> {
  const targets = files.map(({ path }) => {
    // An address within the site, never above it.
    if (!path.startsWith('/') || path.split('/').includes('..')) throw new Error(`The file ${path} lies outside the site: an address must start with / and not climb out with ..`);
    return fileURLToPath(new URL(`.${path}`, root));
  });
  // Each folder is made once, by whichever file needs it first.
  const folders = new Map<string, Promise<unknown>>();
  const failures: Error[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i];
      const to = targets[i];
      if (file === undefined || to === undefined) continue;
      try {
        const folder = dirname(to);
        let made = folders.get(folder);
        if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
        await made;
        await writeFile(to, file.text);
      } catch (error) {
        failures.push(new Error(`Could not write ${file.path} into the built site (${to}): ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, inFlight) }, worker));
  const [first] = failures;
  if (first) throw first;
}
