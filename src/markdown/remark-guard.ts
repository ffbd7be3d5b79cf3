import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
// Registers the MDX node types (import/export, {expressions}) with mdast.
import type {} from 'mdast-util-mdxjs-esm';
import type {} from 'mdast-util-mdx-expression';
import { visit } from 'unist-util-visit';
import { sheetIdFromPath } from './sheet-file';

/**
 * Editors' pull requests are code: MDX could import modules, run expressions
 * or add scripts. Fact sheets may use only the publication's components, with
 * literal attributes. This plugin refuses everything else with the line it is
 * on, checks that <Fig id> names a figure of the sheet's own frontmatter, and
 * tells each <Fig> which sheet it belongs to.
 */
export interface GuardOptions {
  /** Absolute path of content/entries, to tell which sheet a file is. */
  entriesDir: string;
}

/** Components editors may use, and the attributes each accepts. */
const allowed: Record<string, { required: string[]; optional: string[] }> = {
  Fig: { required: ['id'], optional: ['bare'] },
  Chart: { required: ['id'], optional: [] },
};

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

export function remarkGuard({ entriesDir }: GuardOptions) {
  return (tree: Root, file: VFile) => {
    const sheet = sheetIdFromPath(file.path, entriesDir);
    const figureIds = idsOf(file, 'figures');
    const chartIds = idsOf(file, 'charts');
    visit(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          file.fail('`import` and `export` are not allowed in a fact sheet: the components Fig (and the citation syntax [@key]) are available without importing', {
            place: node.position,
            ruleId: 'no-esm',
            source: 'sheets',
          });
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
            file.fail(`JavaScript expressions are not allowed in a fact sheet; found {${node.value.trim().slice(0, 40)}}. To write a brace as text, escape it: \\{`, {
              place: node.position,
              ruleId: 'no-expression',
              source: 'sheets',
            });
          }
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, file, { Fig: figureIds, Chart: chartIds });
          if ((node.name === 'Fig' || node.name === 'Chart') && sheet) {
            node.attributes.push({ type: 'mdxJsxAttribute', name: 'sheet', value: sheet });
          }
          return;
        default:
          return;
      }
    });
  };
}

function checkElement(node: Jsx, file: VFile, known: Record<string, string[] | undefined>) {
  const name = node.name ?? '';
  const spec = allowed[name];
  if (!spec) {
    file.fail(
      `<${name || '>'}> is not allowed in a fact sheet; expected one of the publication's components: ${Object.keys(allowed).map((n) => `<${n}>`).join(', ')}`,
      { place: node.position, ruleId: 'unknown-component', source: 'sheets' },
    );
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      file.fail(`<${name}> takes plain attributes only; found a spread {…}`, { place: node.position, ruleId: 'no-expression', source: 'sheets' });
    }
    const attr: MdxJsxAttribute = attribute;
    if (!spec.required.includes(attr.name) && !spec.optional.includes(attr.name)) {
      file.fail(`<${name}> has no attribute "${attr.name}"; expected ${[...spec.required, ...spec.optional].join(' or ')}`, {
        place: attr.position ?? node.position,
        ruleId: 'unknown-attribute',
        source: 'sheets',
      });
    }
    if (attr.value !== null && typeof attr.value !== 'string') {
      file.fail(`<${name} ${attr.name}> must be a quoted string such as ${attr.name}="…", not an expression`, {
        place: attr.position ?? node.position,
        ruleId: 'no-expression',
        source: 'sheets',
      });
    }
    seen.add(attr.name);
  }
  for (const required of spec.required) {
    if (!seen.has(required)) file.fail(`<${name}> needs a ${required}="…" attribute`, { place: node.position, ruleId: 'missing-attribute', source: 'sheets' });
  }
  const ids = known[name];
  if (ids) {
    const id = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const kind = name === 'Fig' ? 'figure' : 'chart';
    if (typeof id === 'string' && !ids.includes(id)) {
      file.fail(`<${name} id="${id}"/> names no ${kind} of this sheet; the ${kind}s in its frontmatter are: ${ids.join(', ') || 'none'}`, {
        place: node.position,
        ruleId: `unknown-${kind}`,
        source: 'sheets',
      });
    }
  }
}

/** Figure or chart ids from the raw frontmatter Astro hands to Markdown plugins. */
function idsOf(file: VFile, field: 'figures' | 'charts'): string[] | undefined {
  const list: unknown = file.data.astro?.frontmatter?.[field];
  if (!Array.isArray(list)) return field === 'charts' && file.data.astro?.frontmatter ? [] : undefined;
  return list.flatMap((f: unknown) => (f !== null && typeof f === 'object' && 'id' in f && typeof f.id === 'string' ? [f.id] : []));
}
