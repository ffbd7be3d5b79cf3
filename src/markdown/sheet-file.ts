import { relative, sep } from 'node:path';

/**
 * The sheet a Markdown file belongs to, from its path: "2025/detection" for
 * content/entries/2025/detection.mdx, or undefined for any other file.
 */
export function sheetIdFromPath(path: string | undefined, entriesDir: string): string | undefined {
  if (!path) return undefined;
  const rel = relative(entriesDir, path).split(sep).join('/');
  if (rel.startsWith('..')) return undefined;
  return rel.replace(/\.mdx?$/, '');
}

/** A prefix for every id a sheet's body makes, so several sheets can share one page. */
export function idPrefix(sheetId: string | undefined): string {
  if (!sheetId) return 'doc-';
  // Topic first: an id that starts with a letter is also a plain CSS selector.
  const [year, topic] = sheetId.split('/');
  return topic ? `${topic}-${year}-` : `${sheetId.replace(/[^a-z0-9]+/gi, '-')}-`;
}
