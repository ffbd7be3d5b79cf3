import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkContent } from '../checks/index';
import { contentFingerprint, readContentFiles } from '../checks/read';

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
    async load({ config, store, watcher }) {
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
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(content)) sync();
      });
    },
  };
}
