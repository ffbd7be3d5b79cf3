import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentFingerprint, readContentFiles } from '../checks/read.ts';
import { takeEarlyCheck } from '../checks/early-check.ts';
import { checkOnThread } from '../checks/thread.ts';
import type { Problem } from '../lib/problem.ts';
import { afterQuiet } from '../lib/after-quiet.ts';
import { SETTLE_MS } from './settled-watcher.ts';

/**
 * The content check (the same run as `npm run check`) as a collection of one
 * entry, "result", listing the open problems; re-run whenever a content file
 * changes. Every page
 * reads it before anything else and refuses to build while it is not empty,
 * so the build and `npm run dev` stop on exactly what the check reports.
 * The check runs on a thread of its own (src/checks/thread.ts), beside the
 * other collections' loaders, and in a build from the moment its config loads.
 */
export function contentCheck(): Loader {
  return {
    name: 'content-check',
    async load({ config, store, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const content = join(root, 'content');
      const publish = (problems: Problem[]) => {
        store.clear();
        store.set({ id: 'result', data: { problems: problems.map((p) => ({ ...p })) } });
      };
      // npm run build checked these very files a moment ago (scripts/check.ts left their
      // fingerprint): the first load trusts that result; any change is checked again.
      // Without a receipt there is nothing to compare: the fingerprint (a hash of every file) is skipped.
      const receipt = process.env['CONTENT_CHECKED'];
      const trusted = receipt !== undefined && receipt === contentFingerprint(readContentFiles(root));
      // astro build started the check as its config loaded (src/integrations/early-content-check.ts).
      publish(trusted ? [] : await (takeEarlyCheck(root) ?? checkOnThread(root)));
      watcher?.add(content);
      // A save in place reaches the watcher as the file emptied, then written; the
      // second event can be lost (the same modification time), and a check of the
      // empty file would stand until the next save. So the check runs once the
      // events have settled, on the file as saved. Checks can overlap (a save
      // while one runs): only the latest one's result is published.
      let latest = 0;
      const recheck = async () => {
        const run = ++latest;
        const problems = await checkOnThread(root);
        if (run === latest) publish(problems);
      };
      const checkWhenSettled = afterQuiet(recheck, SETTLE_MS, (error) => logger.error(`The content check could not run: ${error instanceof Error ? error.message : String(error)}`));
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(content)) checkWhenSettled();
      });
    },
  };
}
