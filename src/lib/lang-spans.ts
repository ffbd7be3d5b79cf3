import { isLang, type Lang } from '../i18n/locales.ts';

/**
 * Words in another language inside a text, written {ru:раскрываемость}, as
 * pieces a page prints with lang attributes, so screen readers and search
 * engines read them in their language. Plain text only: nothing in the text
 * can become markup.
 */
export type Piece = { text: string; lang?: Lang };

const MARKED = /\{([a-z]{2}):([^{}]+)\}/g;

export function langSpans(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    const [whole, lang = '', words = ''] = match;
    if (!isLang(lang)) continue;
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    pieces.push({ text: words, lang });
    last = match.index + whole.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
