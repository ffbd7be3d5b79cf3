import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';

/**
 * Astro's glob loader, keeping a file its schema refuses as written instead
 * of stopping the loader: the content check collection names every problem
 * with its place, and no page is built while any is open, so the browser in
 * `npm run dev` shows the problem instead of a stale page.
 */
export function lenientGlob(name: string, options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name,
    load: (context) =>
      inner.load({
        ...context,
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
