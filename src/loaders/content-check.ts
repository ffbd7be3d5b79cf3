import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkContent } from '../checks/index.ts';
import { contentFingerprint, readContentFiles } from '../checks/read.ts';
import { afterQuiet } from '../lib/after-quiet.ts';

/** How long the content files must be still before they are checked again in `npm run dev`. */
const SETTLE_MS = 60;

/**
 * The content check (the same run as `npm run check`) as a collection of one
 * entry, "result", listing the open problems; re-run whenever a content file
 * changes. Every page
 * reads it before anything else and refuses to build while it is not empty,
 * so the build and `npm run dev` stop on exactly what the check reports.
 */
export function contentCheck(): Loader {
  return {
    name: 'content-check',
    async load({ config, store, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const content = join(root, 'content');
      let first = true;
      const sync = () => {
        const files = readContentFiles(root);
        // npm run build checked these very files a moment ago (scripts/check.ts left their
        // fingerprint): the first load trusts that result; any change is checked again.
        // Without a receipt there is nothing to compare: the fingerprint (a hash of every file) is skipped.
        const receipt = process.env['CONTENT_CHECKED'];
        const checked = first && receipt !== undefined && receipt === contentFingerprint(files);
        first = false;
        const { problems } = checked ? { problems: [] } : checkContent(files);
        store.clear();
        store.set({ id: 'result', data: { problems: problems.map((p) => ({ ...p })) } });
      };
      sync();
      watcher?.add(content);
      // A save in place reaches the watcher as the file emptied, then written; the
      // second event can be lost (the same modification time), and a check of the
      // empty file would stand until the next save. So the check runs once the
      // events have settled, on the file as saved.
      const checkWhenSettled = afterQuiet(sync, SETTLE_MS, (error) => logger.error(`The content check could not run: ${error instanceof Error ? error.message : String(error)}`));
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(content)) checkWhenSettled();
      });
    },
  };
}
