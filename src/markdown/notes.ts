import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { toText } from 'hast-util-to-text';
import type { Lang } from '../i18n/locales';
import { idPrefix, sheetFileOf } from './sheet-file';

/**
 * Shapes the GFM footnote list into the publication's notes:
 * - ids carry the sheet's prefix, so several sheets can share one page;
 * - the list is headed in the edition's words;
 * - each note starts with Wikipedia's "^" (one citation) or "^ a b" (several),
 *   each letter linking back to one place that cites it;
 * - each reference carries a preview of its note, shown on hover and on
 *   keyboard focus by CSS alone (pages without charts ship no JavaScript),
 *   and named as the link's description for screen readers.
 */
export interface NotesOptions {
  contentDir: string;
  /** The words of the file's edition: the notes' heading and the back-links' names. */
  words: (lang: Lang) => NotesWords;
}

export interface NotesWords {
  heading: string;
  backLabel: (label: string) => string;
  letters: string;
}

const GFM_PREFIX = 'user-content-';
const GFM_LABEL_ID = 'footnote-label';

export function sheetNotes({ contentDir, words }: NotesOptions): HastPluginEntry {
  return (file: PluginFactoryContext) => {
    const sheet = sheetFileOf(file.fileURL && fileURLToPath(file.fileURL), contentDir);
    const prefix = idPrefix(sheet?.sheet);
    // The references come before the notes they preview: each waits for the notes section.
    const refs: Readonly<Element>[] = [];
    return {
      name: 'sheet-notes',
      element: {
        filter: ['sup', 'section'],
        visit(node: Readonly<Element>, ctx) {
          if (node.tagName === 'sup') {
            refs.push(node);
            return undefined;
          }
          if (!isNotesSection(node)) return undefined;
          const { section, previews } = shapeNotes(copy(node), prefix, words(sheet?.lang ?? 'en'));
          for (const ref of refs) ctx.replaceNode(ref, withPreview(copy(ref), prefix, previews));
          return section;
        },
      },
    };
  };
}

const isNotesSection = (node: Readonly<Element>) => node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined;

/** A sheet's prefix in place of GFM's, on an id or a fragment. */
function renamer(prefix: string) {
  return (value: string) => (value === GFM_LABEL_ID ? `${prefix}notes` : value.startsWith(GFM_PREFIX) ? prefix + value.slice(GFM_PREFIX.length) : value);
}

/** Renames the ids and fragments of an element and everything in it. */
function renameAll(node: Element, rename: (value: string) => string) {
  const p = node.properties;
  if (typeof p['id'] === 'string') p['id'] = rename(p['id']);
  if (typeof p['href'] === 'string' && p['href'].startsWith('#')) p['href'] = `#${rename(p['href'].slice(1))}`;
  for (const child of node.children) if (child.type === 'element') renameAll(child, rename);
}

/** The notes section in the publication's shape, with each note's text by its id. */
export function shapeNotes(section: Element, prefix: string, { heading, backLabel, letters }: NotesWords) {
  renameAll(section, renamer(prefix));
  const previews = new Map<string, string>();
  for (const node of section.children) {
    if (node.type !== 'element') continue;
    // GFM names the notes "Footnotes" in every file; each edition names them in its language.
    if (node.tagName === 'h2') {
      node.properties['className'] = ['notes-heading'];
      node.children = [{ type: 'text', value: heading }];
    }
    if (node.tagName !== 'ol') continue;
    for (const li of node.children) {
      if (li.type !== 'element' || typeof li.properties['id'] !== 'string') continue;
      reshapeBackrefs(li, backLabel, letters);
      previews.set(li.properties['id'], noteText(li));
    }
  }
  // A note may cite another note: its reference gets a preview too.
  const previewWithin = (node: Element) => {
    node.children = node.children.map((child) => {
      if (child.type !== 'element') return child;
      if (child.tagName === 'sup') return withPreview(child, prefix, previews);
      previewWithin(child);
      return child;
    });
  };
  previewWithin(section);
  return { section, previews };
}

/** A reference with its note's preview, named as its description. */
export function withPreview(sup: Element, prefix: string, previews: ReadonlyMap<string, string>): Element {
  renameAll(sup, renamer(prefix));
  const ref = sup.children.find((c): c is Element => c.type === 'element' && c.properties['dataFootnoteRef'] !== undefined);
  if (!ref || typeof ref.properties['href'] !== 'string' || typeof ref.properties['id'] !== 'string') return sup;
  const preview = previews.get(ref.properties['href'].slice(1));
  if (preview === undefined) return sup;
  const previewId = `${ref.properties['id']}-preview`;
  ref.properties['ariaDescribedBy'] = [previewId];
  sup.properties['className'] = ['note-ref'];
  sup.children.push({ type: 'element', tagName: 'span', properties: { id: previewId, role: 'tooltip', className: ['note-preview'] }, children: [{ type: 'text', value: preview }] });
  return sup;
}

/** Moves a note's back-links to its start: "^" for one, "^ a b" for several. */
function reshapeBackrefs(li: Element, backLabel: (label: string) => string, letters: string) {
  const backrefs: Element[] = [];
  const drop = (parent: Element) => {
    parent.children = parent.children.filter((child, i, all) => {
      if (child.type === 'element' && child.properties['dataFootnoteBackref'] !== undefined) {
        backrefs.push(child);
        return false;
      }
      // Drop the space GFM puts before each back-link.
      const next = all[i + 1];
      if (child.type === 'text' && child.value.trim() === '' && next?.type === 'element' && next.properties['dataFootnoteBackref'] !== undefined) return false;
      if (child.type === 'element') drop(child);
      return true;
    });
  };
  drop(li);
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

/**
 * A plain, writable copy of an element the pipeline handed over: its nodes
 * are read-only views of the parser's tree, and changes go back as new nodes.
 */
function copy(node: Readonly<Element>): Element {
  return {
    type: 'element',
    tagName: node.tagName,
    properties: Object.fromEntries(Object.entries(node.properties).map(([name, value]) => [name, Array.isArray(value) ? [...value] : value])),
    children: node.children.map((c): ElementContent => (c.type === 'element' ? copy(c) : { ...c })),
  };
}

