import { relative, sep } from 'node:path';
import { isLang, type Lang } from '../i18n/locales.ts';

/**
 * The sheet a Markdown file belongs to, and its language, from its path:
 * content/entries/2025/detection.mdx is "2025/detection" in English,
 * content/translations/kk/2025/detection.mdx the same sheet in Kazakh.
 * Any other file belongs to no sheet.
 */
export function sheetFileOf(path: string | undefined, contentDir: string): { sheet: string; lang: Lang } | undefined {
  if (!path) return undefined;
  const rel = relative(contentDir, path).split(sep).join('/');
  const english = /^entries\/(\d{4}\/[^/]+)\.mdx?$/.exec(rel);
  if (english?.[1]) return { sheet: english[1], lang: 'en' };
  const translated = /^translations\/([a-z]{2})\/(\d{4}\/[^/]+)\.mdx?$/.exec(rel);
  const lang = translated?.[1];
  if (translated?.[2] && isLang(lang)) return { sheet: translated[2], lang };
  return undefined;
}

/** The language of a Markdown file: its sheet's, or English. */
export const langOfFile = (path: string | undefined, contentDir: string): Lang => sheetFileOf(path, contentDir)?.lang ?? 'en';

/** A prefix for every id a sheet's body makes, so several sheets can share one page. */
export function idPrefix(sheetId: string | undefined): string {
  if (!sheetId) return 'doc-';
  // Topic first: an id that starts with a letter is also a plain CSS selector.
  const [year, topic] = sheetId.split('/');
  return topic ? `${topic}-${year}-` : `${sheetId.replace(/[^a-z0-9]+/gi, '-')}-`;
}
