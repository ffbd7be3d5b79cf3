import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkSheetPath } from '../lib/sheet-path';
import { ContentProblem, ContentProblems } from '../lib/problem';
import { issuesToProblems } from '../lib/zod-problems';
import { yamlLineFinder } from '../lib/yaml-lines';

const base = 'content/entries';

/**
 * Astro's glob loader for content/entries/<year>/<topic>.mdx, with the checks
 * that need the file itself: year and topic must agree with the path, a file
 * without frontmatter is refused by name, and schema errors name the file,
 * the line and the field (Astro's own message names only the entry).
 */
export function sheets(schema: z.ZodType): Loader {
  const inner = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'sheets',
    load: async (context) => {
      try {
        await inner.load({
          ...context,
          parseData: async (props) => {
            const file = `${base}/${props.id}.mdx`;
            const problem = checkSheetPath(`${props.id}.mdx`, props.data, file);
            if (problem) throw new ContentProblem(problem);
            const checked = schema.safeParse(props.data);
            if (!checked.success) {
              const text = props.filePath ? await readFile(props.filePath, 'utf8') : '';
              const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
              const lineOf = yamlLineFinder(frontmatter, 2);
              throw new ContentProblems(issuesToProblems(checked.error.issues, { file, data: props.data, lineOf }));
            }
            return context.parseData(props);
          },
        });
      } catch (error) {
        throw asProblem(error);
      }
    },
  };
}

/** Frontmatter that is not valid YAML fails inside Astro; say so plainly, with the line. */
function asProblem(error: unknown): unknown {
  if (error instanceof ContentProblem || error instanceof ContentProblems || !(error instanceof Error)) return error;
  const loc: unknown = Reflect.get(error, 'loc');
  const file = loc && typeof loc === 'object' ? Reflect.get(loc, 'file') : undefined;
  const line = loc && typeof loc === 'object' ? Reflect.get(loc, 'line') : undefined;
  if (typeof file !== 'string') return error;
  const relative = file.slice(file.indexOf(base));
  return new ContentProblem({
    file: relative,
    line: typeof line === 'number' ? line : undefined,
    expected: 'frontmatter in valid YAML (field: value, one per line; lists with "- ")',
    found: error.message.split('\n')[0],
    hint: 'a value that contains ": " or starts with { [ or \' must be quoted',
  });
}
