import type { Node, Parent, Position } from 'unist';
import type { Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
// Registers the MDX node types (import/export, {expressions}) with mdast.
import type {} from 'mdast-util-mdxjs-esm';
import type {} from 'mdast-util-mdx-expression';
import { SKIP, visit } from 'unist-util-visit';
import { CITATION } from './citation-syntax.ts';
import { unquotedNumbers } from './prose-numbers.ts';
import { didYouMean, joinHints, suggestion } from '../lib/suggest.ts';

/**
 * The rules a sheet's MDX body must keep, as one function over its syntax
 * tree: `npm run check` reports every problem it returns, and the Markdown
 * pipeline of the build and of `npm run dev` refuses a sheet for the same
 * problems. Editors' pull requests are code, so a sheet may use only the
 * publication's components with literal attributes, only safe links, and
 * shows numbers only through its figures.
 */
export interface BodyContext {
  /** Figure ids of the sheet's frontmatter; undefined when it could not be read. */
  figureIds?: readonly string[] | undefined;
  chartIds?: readonly string[] | undefined;
  /** Citation keys that exist; undefined to skip the citation rule. */
  sourceKeys?: ReadonlySet<string> | undefined;
}

export interface BodyProblem {
  rule: string;
  message: string;
  hint?: string | undefined;
  place: Position | undefined;
}

/** Components editors may use, and the attributes each accepts. */
export const components: Record<string, { required: string[]; optional: string[] }> = {
  Fig: { required: ['id'], optional: ['bare'] },
  Chart: { required: ['id'], optional: [] },
};

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

export function bodyProblems(tree: Root, context: BodyContext): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const add: Add = (rule, message, place, hint) => problems.push({ rule, message, place, hint });
  visit(tree, (node) => {
    if (!isRuledNode(node)) return undefined;
    nodeProblems(node, context, add);
    // An import, an expression or raw HTML is reported once, not again for what it holds.
    return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || node.type === 'link' ? undefined : SKIP;
  });
  if (context.sourceKeys) citationProblems(tree, context.sourceKeys, add);
  proseNumberProblems(tree, add);
  return problems;
}

/**
 * The node types that can run code, load something or break a page: each
 * has its rules in nodeProblems. The build's Markdown pipeline checks these
 * as it compiles; the rules on prose (typed numbers, citation keys) are the
 * content check's, which every page waits for.
 */
export const RULED_NODE_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'link', 'image', 'definition', 'html'] as const;
export type RuledNode = Extract<RootContent | Root, { type: (typeof RULED_NODE_TYPES)[number] }>;
const ruled = new Set<string>(RULED_NODE_TYPES);
const isRuledNode = (node: Node): node is RuledNode => ruled.has(node.type);

/** The problems of one node of a ruled type. */
export function nodeProblems(node: RuledNode, context: BodyContext, add: Add): void {
  switch (node.type) {
    case 'mdxjsEsm':
      add('no-import-export', '`import` and `export` are not allowed in a fact sheet', node.position, 'the components <Fig> and <Chart> and the citation syntax [@key] work without importing anything');
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
        add('no-expression', `JavaScript expressions are not allowed in a fact sheet; found {${node.value.trim().slice(0, 40)}}`, node.position, 'to write a brace as text, escape it: \\{');
      }
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, context, add);
      return;
    case 'link':
    case 'image':
    case 'definition':
      checkUrl(node.url, node.position, add);
      return;
    case 'html':
      add('raw-html', 'raw HTML is not allowed in a fact sheet', node.position, 'write Markdown; figures and charts have their components, <Fig id="…"/> and <Chart id="…"/>');
      return;
  }
}

export type Add = (rule: string, message: string, place: Position | undefined, hint?: string) => void;

function checkElement(node: Jsx, context: BodyContext, add: Add) {
  const name = node.name ?? '';
  const spec = components[name];
  const allowed = Object.keys(components).map((n) => `<${n}>`).join(', ');
  if (!spec) {
    if (name === '' || /^[a-z]/.test(name)) {
      add('raw-html', `<${name || '>'}> is raw HTML, which is not allowed in a fact sheet`, node.position, `write Markdown; the publication's components are ${allowed}`);
    } else {
      const near = suggestion(name, Object.keys(components), 'components');
      add('unknown-component', `<${name}> is not one of the publication's components (${allowed})`, node.position, near);
    }
    return;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      add('no-expression', `<${name}> takes plain attributes only; found a spread {…}`, node.position);
      continue;
    }
    const attr: MdxJsxAttribute = attribute;
    seen.add(attr.name);
    const place = attr.position ?? node.position;
    if (/^on/i.test(attr.name)) {
      add('no-event-handler', `<${name} ${attr.name}> is an event handler, which is not allowed in a fact sheet`, place);
    } else if (!spec.required.includes(attr.name) && !spec.optional.includes(attr.name)) {
      add('unknown-attribute', `<${name}> has no attribute "${attr.name}"`, place, suggestion(attr.name, [...spec.required, ...spec.optional], 'attributes'));
    }
    if (attr.value !== null && typeof attr.value !== 'string') {
      add('no-expression', `<${name} ${attr.name}> must be a quoted string such as ${attr.name}="…", not an expression`, place);
    }
  }
  for (const required of spec.required) {
    if (!seen.has(required)) add('missing-attribute', `<${name}> needs an attribute ${required}="…"`, node.position);
  }
  const ids = name === 'Fig' ? context.figureIds : name === 'Chart' ? context.chartIds : undefined;
  const id = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  if (ids && typeof id === 'string' && !ids.includes(id)) {
    const kind = name === 'Fig' ? 'figure' : 'chart';
    const near = didYouMean(id, ids);
    add(
      `unknown-${kind}`,
      `<${name} id="${id}"/> names no ${kind} of this sheet; the ${kind}s in its frontmatter are: ${ids.join(', ') || 'none'}`,
      node.position,
      near ? `did you mean "${near}"?` : `declare the ${kind} in the frontmatter's ${kind}s: first`,
    );
  }
}

/** Only https:, mailto: and addresses within the site; a scheme hidden by spaces or case still counts. */
export function unsafeUrl(url: string): string | undefined {
  // Browsers drop control characters and spaces before a scheme ("java\tscript:"); so does this test.
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (squeezed.startsWith('//')) return 'a link to another site without https:';
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  if (scheme === undefined || scheme === 'https' || scheme === 'mailto') return undefined;
  return `a link to a ${scheme}: address`;
}

function checkUrl(url: string, place: Position | undefined, add: Add) {
  const bad = unsafeUrl(url);
  if (bad) add('unsafe-link', `${bad} is not allowed in a fact sheet ("${url.slice(0, 60)}")`, place, 'links may be https://…, mailto:… or an address on this site (/sources/)');
}

function citationProblems(tree: Root, keys: ReadonlySet<string>, add: Add) {
  visit(tree, 'text', (node: Text) => {
    if (!node.value.includes('[@')) return;
    for (const match of node.value.matchAll(CITATION)) {
      let from = 0;
      for (const key of (match[1] ?? '').split(';').map((k) => k.trim().replace(/^@/, ''))) {
        // Point at the key itself, so that the second of [@a; @b] is found where it is written.
        const at = match[0].indexOf(`@${key}`, from);
        from = at + key.length + 1;
        if (!keys.has(key)) {
          add('unknown-citation', `unknown citation key [@${key}]`, offsetPosition(node, match.index + Math.max(at, 0)), joinHints(suggestion(key, keys, 'keys of content/sources.yaml'), 'a new source goes in content/sources.yaml first'));
        }
      }
    }
  });
}

/**
 * Blocks of running text, read as one string each so that a quotation can
 * span several text nodes; footnotes (which discuss readings such as "43
 * year") and block quotations (a source's own words) are left alone.
 */
function proseNumberProblems(tree: Root, add: Add) {
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition' || node.type === 'blockquote' || node.type === 'code') return SKIP;
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const segments: { start: number; node: Text }[] = [];
    let text = '';
    const walk = (n: Node) => {
      if (isText(n)) {
        segments.push({ start: text.length, node: n });
        // Citations are keys, not numbers; blank them out keeping offsets.
        text += n.value.replace(CITATION, (m) => ' '.repeat(m.length));
      } else if (isParent(n) && n.type !== 'mdxJsxTextElement') {
        for (const child of n.children) walk(child);
      } else {
        text += '\u2022';
      }
    };
    walk(node);
    for (const found of unquotedNumbers(text)) {
      const segment = [...segments].reverse().find((s) => s.start <= found.index);
      add(
        'number-in-prose',
        `"${found.text}" is a number typed into prose`,
        segment ? offsetPosition(segment.node, found.index - segment.start) : node.position,
        'add it to the frontmatter as a figure (with its metric, period and source) and show it with <Fig id="…"/>; a source’s own words may stay inside quotation marks',
      );
    }
    return SKIP;
  });
}

const isText = (n: Node): n is Text => n.type === 'text';
const isParent = (n: Node): n is Parent => 'children' in n && Array.isArray(n.children);

/** The place of an offset inside a text node. */
export function offsetPosition(node: Text, offset: number): Position | undefined {
  const start = node.position?.start;
  if (!start) return node.position;
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const column = newlines === 0 ? start.column + offset : offset - before.lastIndexOf('\n');
  const point = { line: start.line + newlines, column };
  return { start: point, end: point };
}

/** Source keys a body cites with [@key], known or not. */
export function citedKeys(tree: Root): Set<string> {
  const keys = new Set<string>();
  visit(tree, 'text', (node: Text) => {
    for (const match of node.value.matchAll(CITATION)) {
      for (const key of (match[1] ?? '').split(';')) keys.add(key.trim().replace(/^@/, ''));
    }
  });
  return keys;
}
