import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Lang } from '../i18n/locales';
import { idPrefix, langOfFile, sheetFileOf } from './sheet-file';

/**
 * Shapes the GFM footnote list into the publication's notes:
 * - ids carry the sheet's prefix, so several sheets can share one page;
 * - each note starts with Wikipedia's "^" (one citation) or "^ a b" (several),
 *   each letter linking back to one place that cites it;
 * - each reference carries a preview of its note, shown on hover and on
 *   keyboard focus by CSS alone (pages without charts ship no JavaScript),
 *   and named as the link's description for screen readers.
 */
export interface NotesOptions {
  contentDir: string;
  /** The words of the file's edition: the notes' heading and the back-links' names. */
  words: (lang: Lang) => { heading: string; backLabel: (label: string) => string; letters: string };
}

const GFM_PREFIX = 'user-content-';
const GFM_LABEL_ID = 'footnote-label';

export function rehypeNotes({ contentDir, words }: NotesOptions) {
  return (tree: Root, file: VFile) => {
    const prefix = idPrefix(sheetFileOf(file.path, contentDir)?.sheet);
    const { heading, backLabel, letters } = words(langOfFile(file.path, contentDir));
    const rename = (value: string) =>
      value === GFM_LABEL_ID ? `${prefix}notes` : value.startsWith(GFM_PREFIX) ? prefix + value.slice(GFM_PREFIX.length) : value;
    const notes = new Map<string, Element>();

    visit(tree, 'element', (node) => {
      const p = node.properties;
      // remark-rehype names the notes once for every file; each edition names them in its language.
      if (p['id'] === GFM_LABEL_ID) node.children = [{ type: 'text', value: heading }];
      if (typeof p['id'] === 'string') p['id'] = rename(p['id']);
      if (typeof p['href'] === 'string' && p['href'].startsWith('#')) p['href'] = `#${rename(p['href'].slice(1))}`;
      if (node.tagName === 'li' && typeof p['id'] === 'string' && p['id'].startsWith(`${prefix}fn-`)) notes.set(p['id'], node);
    });

    for (const [, li] of notes) reshapeBackrefs(li, backLabel, letters);

    visit(tree, 'element', (node) => {
      if (node.tagName !== 'sup') return;
      const ref = node.children.find((c): c is Element => c.type === 'element' && c.properties['dataFootnoteRef'] !== undefined);
      if (!ref || typeof ref.properties['href'] !== 'string' || typeof ref.properties['id'] !== 'string') return;
      const note = notes.get(ref.properties['href'].slice(1));
      if (!note) return;
      const previewId = `${ref.properties['id']}-preview`;
      ref.properties['ariaDescribedBy'] = [previewId];
      node.properties['className'] = ['note-ref'];
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { id: previewId, role: 'tooltip', className: ['note-preview'] },
        children: [{ type: 'text', value: noteText(note) }],
      });
    });
  };
}

/** Moves a note's back-links to its start: "^" for one, "^ a b" for several. */
function reshapeBackrefs(li: Element, backLabel: (label: string) => string, letters: string) {
  const backrefs: Element[] = [];
  visit(li, 'element', (node, index, parent) => {
    if (node.properties['dataFootnoteBackref'] === undefined || !parent || index === undefined) return;
    backrefs.push(node);
    parent.children.splice(index, 1);
    // Drop the space GFM puts before each back-link.
    const before = parent.children[index - 1];
    if (before?.type === 'text' && before.value.trim() === '') parent.children.splice(index - 1, 1);
    return index - 1;
  });
  if (backrefs.length === 0) return;
  const number = String(li.properties['id'] ?? '');
  const links: ElementContent[] = backrefs.map((a, i) => {
    // In the edition's alphabet; past its last letter, numbers.
    const letter = backrefs.length === 1 ? '^' : ([...letters][i] ?? String(i + 1));
    return {
      type: 'element',
      tagName: 'a',
      properties: { href: a.properties['href'], className: ['backref'], ariaLabel: backLabel(backrefs.length === 1 ? '' : letter).trim() },
      children: [{ type: 'text', value: letter }],
    };
  });
  const spaced = links.flatMap((l, i): ElementContent[] => (i === 0 ? [l] : [{ type: 'text', value: ' ' }, l]));
  const head: ElementContent[] = backrefs.length === 1 ? spaced : [{ type: 'text', value: '^ ' }, ...spaced];
  const marks: ElementContent[] = [{ type: 'element', tagName: 'span', properties: { className: ['backrefs'], dataNote: number }, children: head }, { type: 'text', value: ' ' }];
  // Inside the note's first paragraph, so that "^ a b" starts its first line.
  const first = li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
  (first ?? li).children.unshift(...marks);
}

/** Plain text of a note, without its back-links, for the preview. */
function noteText(li: Element): string {
  const skip = (c: ElementContent) => c.type === 'element' && /\b(backrefs|source-link)\b/.test(String(c.properties['className'] ?? ''));
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children.filter((c) => !skip(c)).map((c) => (c.type === 'element' ? strip(c) : c)),
  });
  return toText(strip(li)).replace(/\s+/g, ' ').trim();
}
