import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, MdxJsxAttributeNode as MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement, PluginFactoryContext } from 'satteri';
import { VFileMessage } from 'vfile-message';
import { nodeProblems, type Add, type BodyProblem, type RuledNode } from './body-rules.ts';
import { sheetFileOf } from './sheet-file.ts';

/**
 * Refuses a sheet whose body could run code, load something or break its
 * page, by the rules of body-rules.ts (the same that `npm run check` runs),
 * naming the place of the first problem and listing the others; and tells
 * each <Fig> and <Chart> which sheet it belongs to. Only the nodes those
 * rules are about are visited, as the parser meets them. The rules on prose
 * (numbers typed instead of figures, citation keys) read every text of a
 * sheet: they are the content check's, which runs before the build and in
 * `npm run dev`, and which every page waits for.
 */
export interface GuardOptions {
  /** Absolute path of content/, to tell which sheet (and edition) a file is. */
  contentDir: string;
}

export function sheetGuard({ contentDir }: GuardOptions): MdastPluginEntry {
  return (file: PluginFactoryContext) => {
    const sheet = sheetFileOf(file.fileURL && fileURLToPath(file.fileURL), contentDir);
    const frontmatter = frontmatterOf(file.data);
    const context = { figureIds: idsOf(frontmatter, 'figures'), chartIds: idsOf(frontmatter, 'charts') };
    const problems: BodyProblem[] = [];
    const add: Add = (rule, message, place, hint) => problems.push({ rule, message, place, hint });
    const check = (node: Readonly<RuledNode>) => nodeProblems(node, context, add);
    const sheetAttributes: MdxJsxAttribute[] = sheet
      ? [
          { type: 'mdxJsxAttribute', name: 'sheet', value: sheet.sheet },
          { type: 'mdxJsxAttribute', name: 'lang', value: sheet.lang },
        ]
      : [];
    // A component's attributes cannot be set in place: the component is replaced by one with them.
    const checkAndTag = <N extends MdxJsxFlowElement | MdxJsxTextElement>(node: Readonly<N>): N | undefined => {
      check(node);
      return sheet && (node.name === 'Fig' || node.name === 'Chart') ? { ...node, attributes: [...node.attributes, ...sheetAttributes] } : undefined;
    };
    return {
      name: 'sheet-guard',
      // The problems name their lines.
      options: { position: true },
      mdxjsEsm: check,
      mdxFlowExpression: check,
      mdxTextExpression: check,
      mdxJsxFlowElement: checkAndTag,
      mdxJsxTextElement: checkAndTag,
      link: check,
      image: check,
      definition: check,
      html: check,
      after() {
        const [first, ...rest] = problems.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0));
        if (!first) return;
        const others = rest.map((p) => `\n  line ${p.place?.start.line ?? '?'}: ${p.message} (${p.rule})`).join('');
        const hint = first.hint ? ` Hint: ${first.hint}.` : '';
        // A message with its line and column, as the MDX integration expects of a failed file.
        throw new VFileMessage(`${first.message} (${first.rule}).${hint}${rest.length > 0 ? `\nAlso in this sheet:${others}\nnpm run check lists every problem with its place.` : ''}`, {
          place: first.place,
          ruleId: first.rule,
          source: 'sheets',
        });
      },
    };
  };
}

/** The raw frontmatter Astro hands to Markdown plugins, when there is one. */
function frontmatterOf(data: Record<string, unknown>): Record<string, unknown> | undefined {
  const astro = data['astro'];
  const frontmatter = isRecord(astro) ? astro['frontmatter'] : undefined;
  return isRecord(frontmatter) ? frontmatter : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Figure or chart ids from the raw frontmatter: a list of records in a
 * sheet, a map by id in a translation.
 */
function idsOf(frontmatter: Record<string, unknown> | undefined, field: 'figures' | 'charts'): string[] | undefined {
  const list = frontmatter?.[field];
  if (isRecord(list)) return Object.keys(list);
  if (!Array.isArray(list)) return field === 'charts' && frontmatter ? [] : undefined;
  return list.flatMap((f: unknown) => (isRecord(f) && typeof f['id'] === 'string' ? [f['id']] : []));
}
