import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkSheetPath } from '../lib/sheet-path';
import { ContentProblem } from '../lib/problem';

const base = 'content/entries';

/**
 * Astro's glob loader for content/entries/<year>/<topic>.mdx, with the checks
 * that need the file's path: year and topic must agree with it, and a file
 * without frontmatter is refused by name. Schema errors are re-thrown with
 * the file's path in front so that an editor knows where to look.
 */
export function sheets(): Loader {
  const inner = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'sheets',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const file = `${base}/${props.id}.mdx`;
          const problem = checkSheetPath(`${props.id}.mdx`, props.data, file);
          if (problem) throw new ContentProblem(problem);
          try {
            return await context.parseData(props);
          } catch (cause) {
            const message = cause instanceof Error ? cause.message : String(cause);
            throw new ContentProblem({ file, expected: 'frontmatter that matches the fact-sheet schema', found: `\n${message}` });
          }
        },
      }),
  };
}
