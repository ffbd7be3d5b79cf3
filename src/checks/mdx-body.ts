import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import type { ParsedSheet } from './sheet';

/** MDX as Astro's MDX integration reads it (GFM on), parsed only: nothing is compiled or run. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export type BodyTree = { tree: Root } | { error: unknown };

/** A body's syntax tree, or the error that stopped its parse. */
export function parseBody(body: string): BodyTree {
  try {
    return { tree: parser.parse(body) };
  } catch (error) {
    return { error };
  }
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
