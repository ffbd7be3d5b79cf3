import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { bodyProblems } from './body-rules';
import { sheetFileOf } from './sheet-file';

/**
 * Refuses a sheet whose body breaks the rules of body-rules.ts (the same
 * function `npm run check` runs), naming the place of the first problem and
 * listing the others, and tells each <Fig> and <Chart> which sheet it
 * belongs to.
 */
export interface GuardOptions {
  /** Absolute path of content/, to tell which sheet (and edition) a file is. */
  contentDir: string;
  /** Citation keys that exist, read per file so that edits show in dev; leave out to skip the citation rule. */
  sourceKeys?: () => ReadonlySet<string>;
}

export function remarkGuard({ contentDir, sourceKeys }: GuardOptions) {
  return (tree: Root, file: VFile) => {
    const sheet = sheetFileOf(file.path, contentDir);
    const problems = bodyProblems(tree, { figureIds: idsOf(file, 'figures'), chartIds: idsOf(file, 'charts'), sourceKeys: sourceKeys?.() });
    const [first, ...rest] = problems;
    if (first) {
      const others = rest.map((p) => `\n  line ${p.place?.start.line ?? '?'}: ${p.message} (${p.rule})`).join('');
      const hint = first.hint ? ` Hint: ${first.hint}.` : '';
      file.fail(`${first.message} (${first.rule}).${hint}${rest.length > 0 ? `\nAlso in this sheet:${others}\nnpm run check lists every problem with its place.` : ''}`, {
        place: first.place,
        ruleId: first.rule,
        source: 'sheets',
      });
    }
    if (!sheet) return;
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Fig' || node.name === 'Chart')) {
        const attrs: MdxJsxAttribute[] = [
          { type: 'mdxJsxAttribute', name: 'sheet', value: sheet.sheet },
          { type: 'mdxJsxAttribute', name: 'lang', value: sheet.lang },
        ];
        node.attributes.push(...attrs);
      }
    });
  };
}

/**
 * Figure or chart ids from the raw frontmatter Astro hands to Markdown
 * plugins: a list of records in a sheet, a map by id in a translation.
 */
function idsOf(file: VFile, field: 'figures' | 'charts'): string[] | undefined {
  const list: unknown = file.data.astro?.frontmatter?.[field];
  if (list !== null && typeof list === 'object' && !Array.isArray(list)) return Object.keys(list);
  if (!Array.isArray(list)) return field === 'charts' && file.data.astro?.frontmatter ? [] : undefined;
  return list.flatMap((f: unknown) => (f !== null && typeof f === 'object' && 'id' in f && typeof f.id === 'string' ? [f.id] : []));
}
