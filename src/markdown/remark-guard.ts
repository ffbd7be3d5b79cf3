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
};

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

export function remarkGuard({ entriesDir }: GuardOptions) {
  return (tree: Root, file: VFile) => {
    const sheet = sheetIdFromPath(file.path, entriesDir);
    const figureIds = figureIdsOf(file);
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
          checkElement(node, file, figureIds);
          if (node.name === 'Fig' && sheet) {
            node.attributes.push({ type: 'mdxJsxAttribute', name: 'sheet', value: sheet });
          }
          return;
        default:
          return;
      }
    });
  };
}

function checkElement(node: Jsx, file: VFile, figureIds: string[] | undefined) {
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
  if (name === 'Fig' && figureIds) {
    const id = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id === 'string' && !figureIds.includes(id)) {
      file.fail(`<Fig id="${id}"/> names no figure of this sheet; the figures in its frontmatter are: ${figureIds.join(', ') || 'none'}`, {
        place: node.position,
        ruleId: 'unknown-figure',
        source: 'sheets',
      });
    }
  }
}

/** Figure ids from the raw frontmatter Astro hands to Markdown plugins. */
function figureIdsOf(file: VFile): string[] | undefined {
  const figures: unknown = file.data.astro?.frontmatter?.['figures'];
  if (!Array.isArray(figures)) return undefined;
  return figures.flatMap((f: unknown) => (f !== null && typeof f === 'object' && 'id' in f && typeof f.id === 'string' ? [f.id] : []));
}
