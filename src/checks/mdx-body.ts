import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { ParsedSheet } from './sheet.ts';

/** Why a body is not MDX, where the reader stopped. */
export interface MdxSyntaxError {
  reason: string;
  line: number | undefined;
  column: number | undefined;
  /** What the editor most likely did, and how to write it. */
  hint: string;
}

export type BodyTree = { tree: Root } | { error: MdxSyntaxError };

/**
 * A body's syntax tree, or the error that stopped its parse: MDX as the build
 * reads it (Astro's Markdown processor, Sätteri, with GFM on), parsed only.
 * The body comes without its frontmatter, so a --- at its start is a rule,
 * not frontmatter.
 */
export function parseBody(body: string): BodyTree {
  try {
    const tree = mdxToMdast(body, { features: { gfm: true, frontmatter: false } });
    if (tree.type === 'root') return { tree };
    return { error: { reason: `the parser returned a ${tree.type}, not a document`, line: undefined, column: undefined, hint: syntaxHint('', '') } };
  } catch (error) {
    return { error: syntaxError(error, body) };
  }
}

/**
 * Sätteri's messages read "3:6: Expected a closing tag for `<Fig>` (3:6)
 * before the end of `paragraph` (mdx-jsx:unexpected-character)": the place
 * first, the parser's rule last.
 */
export function syntaxError(error: unknown, body: string): MdxSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(message);
  if (!match) return { reason: message, line: undefined, column: undefined, hint: syntaxHint(message, '') };
  const [line, column] = [Number(match[1]), Number(match[2])];
  const reason = match[3] ?? message;
  return { reason, line, column, hint: syntaxHint(reason, body.split('\n')[line - 1] ?? '') };
}

/** The reader's messages are technical; say what an editor most likely did, from the message and the line it stopped on. */
function syntaxHint(reason: string, line: string): string {
  if (/<[A-Za-z][^>]*=\s*[“”‘’«»]/.test(line)) return 'write attribute values in straight quotes: <Fig id="…"/>, not curly ones';
  if (/closing tag/i.test(reason)) return 'close the component in its own tag: <Fig id="…"/>, with the slash';
  if (/expression|brace/i.test(reason)) return 'a { starts code in MDX; write \\{ for a brace in text';
  return 'close every component (<Fig id="…"/>) and write \\< and \\{ for a literal < or { in text';
}

/**
 * An English sheet's body, parsed once per run of the check: the body rules
 * read it, and so does every translation compared with it. The trees are
 * only read, never changed.
 */
const sheetTrees = new WeakMap<ParsedSheet, BodyTree>();
export function sheetBody(sheet: ParsedSheet): BodyTree {
  let parsed = sheetTrees.get(sheet);
  if (!parsed) {
    parsed = parseBody(sheet.body);
    sheetTrees.set(sheet, parsed);
  }
  return parsed;
}
