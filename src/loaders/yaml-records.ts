import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseRecords } from '../checks/records.ts';
import { syncWhenSaved } from './settled-watcher.ts';

/**
 * Loads a YAML file that maps keys to records (content/sources.yaml and its
 * siblings) with the same parser the content check uses. Records with
 * problems are left out rather than thrown: the content check collection
 * reports every problem with its place, and no page is built while any is
 * open (Astro's own file() loader would log broken YAML and go on).
 */
export function yamlRecords(fileName: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-records',
    async load({ config, store, parseData, watcher }) {
      const path = fileURLToPath(new URL(fileName, config.root));
      const sync = async () => {
        const text = await readFile(path, 'utf8').catch(() => '');
        const { records } = parseRecords({ file: fileName, text }, schema);
        store.clear();
        for (const [key, { data }] of records) {
          store.set({ id: key, data: await parseData({ id: key, data: { ...toRecord(data) } }), filePath: fileName });
        }
      };
      await sync();
      syncWhenSaved(watcher, [path], sync);
    },
  };
}

function toRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value)) : {};
}
