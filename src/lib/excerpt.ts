/**
 * Where a search result's excerpt cuts into a sentence of its page, so that
 * the result can show "…" there. Pagefind cuts its excerpts as a window of
 * words around the match, which often begins or ends mid-phrase; a reader
 * quoting from a result should see that the words go on.
 */
export function excerptEdges(excerpt: string, content: string): { before: boolean; after: boolean } {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const text = squash(excerpt);
  const page = squash(content);
  const at = text === '' ? -1 : page.indexOf(text);
  // An excerpt not found word for word in the page is shown as it is.
  if (at < 0) return { before: false, after: false };
  const preceding = page.slice(0, at).trimEnd();
  return {
    before: preceding !== '' && !/[.!?…:;]["”»)]?$/.test(preceding),
    after: at + text.length < page.length && !/[.!?…]["”»)]?$/.test(text),
  };
}
