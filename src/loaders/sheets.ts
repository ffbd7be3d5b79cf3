import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { settled } from './settled-watcher.ts';

/**
 * Astro's glob loader, keeping a file its schema refuses as written instead
 * of stopping the loader: the content check collection names every problem
 * with its place, and no page is built while any is open, so the browser in
 * `npm run dev` shows the problem instead of a stale page. In `npm run dev`
 * it reads a changed file once the file has been still (see settled-watcher.ts).
 */
export function lenientGlob(name: string, options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name,
    load: (context) =>
      inner.load({
        ...context,
        ...(context.watcher ? { watcher: settled(context.watcher) } : {}),
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch {
            return props.data;
          }
        },
      }),
  };
}

/** The sheets, content/entries/<year>/<topic>.mdx, with ids "<year>/<topic>". */
export const sheets = (): Loader =>
  lenientGlob('sheets', { pattern: '**/*.mdx', base: 'content/entries', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
