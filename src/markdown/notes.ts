import { fileURLToPath } from 'node:url';
import type { BlockContent, FootnoteDefinition, FootnoteReference, ListItem, Nodes, Parents, PhrasingContent } from 'mdast';
import type { Properties } from 'hast';
import type { MdastPluginEntry, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import type { Lang } from '../i18n/locales.ts';
import type {} from './element-data.ts';
import { idPrefix, sheetFileOf } from './sheet-file.ts';
import { openNoteInbox } from './note-inbox.ts';

/**
 * Turns the sheet's footnotes (editors' [^notes] and the citations' notes)
 * into the publication's notes, on the Markdown tree:
 * - numbered by first use, as GFM numbers them, in one list at the end;
 * - ids carry the sheet's prefix, so several sheets can share one page;
 * - the list is headed in the edition's words;
 * - each note starts with Wikipedia's "^" (one citation) or "^ a b" (several),
 *   each letter linking back to one place that cites it;
 * - each reference carries a preview of its note, shown on hover and on
 *   keyboard focus by CSS alone (pages without charts ship no JavaScript),
 *   and named as the link's description for screen readers.
 * Done here rather than on the HTML tree: a plugin on the HTML tree makes
 * Sätteri hand every file's whole HTML tree to JavaScript, about 3 s of
 * the compile at 1,000 sheets; the footnotes alone are a few small nodes.
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

export function sheetNotes({ contentDir, words }: NotesOptions): MdastPluginEntry {
  return (file: PluginFactoryContext) => {
    // Notes come from footnotes ([^label]) and citations ([@key]); a file with neither has none.
    if (!file.source.includes('[^') && !file.source.includes('[@')) return null;
    const sheet = sheetFileOf(file.fileURL && fileURLToPath(file.fileURL), contentDir);
    const inText: Readonly<FootnoteReference>[] = [];
    const maybeInNote: Readonly<FootnoteReference>[] = [];
    const definitions: Readonly<FootnoteDefinition>[] = [];
    // The citations plugin before this one puts its notes here, as plain nodes.
    const cited = openNoteInbox(file);
    return {
      name: 'sheet-notes',
      footnoteReference(node: Readonly<FootnoteReference>) {
        // Nodes come in reading order: a reference before the first note is in the text.
        (definitions.length === 0 ? inText : maybeInNote).push(node);
      },
      footnoteDefinition(node: Readonly<FootnoteDefinition>) {
        definitions.push(node);
      },
      after(tree, ctx) {
        if (definitions.length === 0 && cited.length === 0) return;
        inText.push(...maybeInNote.filter((ref) => !insideNote(ref, ctx)));
        // Each note in the tree is read from Sätteri once, as a plain copy; the citations' notes are plain already.
        const plain = [...definitions.map(plainNote), ...cited.map((definition) => ({ text: noteText(definition.children), definition }))];
        const notes = numberNotes(inText, plain, idPrefix(sheet?.sheet), words(sheet?.lang ?? 'en'));
        for (const [ref, sup] of notes.inText) ctx.replaceNode(ref, sup);
        for (const definition of definitions) ctx.removeNode(definition);
        if (notes.section) ctx.appendChild(tree, notes.section);
      },
    };
  };
}

/** A note Sätteri handed over (read-only views of its parser's tree), as a plain, writable copy with its preview. */
function plainNote(note: Readonly<FootnoteDefinition>): PlainNote {
  // Through JSON, which Sätteri's nodes write as plain Markdown nodes (structuredClone would take their internals too).
  const children: unknown = JSON.parse(JSON.stringify(note.children));
  if (!isBlockList(children)) throw new Error(`The note [^${note.label ?? note.identifier}] could not be read as Markdown nodes.`);
  return { text: noteText(children), definition: { type: 'footnoteDefinition', identifier: note.identifier, label: note.label, children } };
}

const isBlockList = (value: unknown): value is FootnoteDefinition['children'] =>
  Array.isArray(value) && value.every((node: unknown) => node !== null && typeof node === 'object' && 'type' in node && typeof node.type === 'string');

interface PlainNote {
  definition: FootnoteDefinition;
  /** The note's plain text, its references' previews. */
  text: string;
}

/** Whether a reference sits in a note (numbered when its note is listed) rather than in the text. */
function insideNote(node: Readonly<FootnoteReference>, ctx: MdastVisitorContext): boolean {
  for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) if (parent.type === 'footnoteDefinition') return true;
  return false;
}

/**
 * The references in the text, each with its numbered mark, and the notes'
 * section. GFM's order: notes are numbered by their first reference in the
 * text, then by their first reference in the notes already listed; a note
 * never referenced is left out.
 */
function numberNotes(inText: readonly Readonly<FootnoteReference>[], notes: readonly PlainNote[], prefix: string, { heading, backLabel, letters }: NotesWords) {
  const byId = new Map<string, PlainNote>();
  for (const note of notes) if (!byId.has(note.definition.identifier)) byId.set(note.definition.identifier, note);
  const order: string[] = [];
  const backrefs = new Map<string, string[]>();
  const noteId = (id: string) => `${prefix}fn-${safeId(id)}`;
  /** The mark of one reference: its number, and the note's text as its preview. */
  const mark = (ref: Readonly<FootnoteReference>): PhrasingContent => {
    const note = byId.get(ref.identifier);
    // GFM reads [^x] as a reference only when a note x exists; this keeps anything else as written.
    if (!note) return { type: 'text', value: `[^${ref.label ?? ref.identifier}]` };
    if (!order.includes(ref.identifier)) order.push(ref.identifier);
    const uses = backrefs.get(ref.identifier) ?? [];
    backrefs.set(ref.identifier, uses);
    const id = `${prefix}fnref-${safeId(ref.identifier)}${uses.length > 0 ? `-${uses.length + 1}` : ''}`;
    uses.push(id);
    return element('sup', { className: ['note-ref'] }, [
      { type: 'link', url: `#${noteId(ref.identifier)}`, data: { hProperties: { id, dataFootnoteRef: true, ariaDescribedBy: [`${id}-preview`] } }, children: [{ type: 'text', value: String(order.indexOf(ref.identifier) + 1) }] },
      element('span', { id: `${id}-preview`, role: 'tooltip', className: ['note-preview'] }, [{ type: 'text', value: note.text }]),
    ]);
  };
  const marked = inText.map((ref) => [ref, mark(ref)] as const);
  // A note's own references are numbered as it is listed, so the list may grow while it is read.
  const bodies: FootnoteDefinition['children'][] = [];
  for (let i = 0; i < order.length; i++) bodies.push(withMarks(byId.get(order[i] ?? '')?.definition.children ?? [], mark));
  const items = order.map((id, i): ListItem => {
    const body = bodies[i] ?? [];
    const uses = backrefs.get(id) ?? [];
    const links = uses.map((ref, n): PhrasingContent => {
      // In the edition's alphabet; past its last letter, numbers.
      const letter = uses.length === 1 ? '^' : ([...letters][n] ?? String(n + 1));
      return { type: 'link', url: `#${ref}`, data: { hProperties: { className: ['backref'], ariaLabel: backLabel(uses.length === 1 ? '' : letter).trim() } }, children: [{ type: 'text', value: letter }] };
    });
    const spaced = links.flatMap((l, n): PhrasingContent[] => (n === 0 ? [l] : [{ type: 'text', value: ' ' }, l]));
    const marks: PhrasingContent[] = [element('span', { className: ['backrefs'], dataNote: noteId(id) }, uses.length === 1 ? spaced : [{ type: 'text', value: '^ ' }, ...spaced]), { type: 'text', value: ' ' }];
    // Inside the note's first paragraph, so that "^ a b" starts its first line.
    const first = body.findIndex((node) => node.type === 'paragraph');
    const paragraph = body[first];
    const children: ListItem['children'] =
      paragraph?.type === 'paragraph' ? body.map((node, n) => (n === first ? { ...paragraph, children: [...marks, ...paragraph.children] } : node)) : [{ type: 'paragraph', children: marks }, ...body];
    return { type: 'listItem', spread: true, data: { hProperties: { id: noteId(id) } }, children };
  });
  const section: BlockContent | undefined =
    items.length === 0
      ? undefined
      : {
          type: 'blockquote',
          data: { hName: 'section', hProperties: { dataFootnotes: true, className: ['footnotes'] } },
          children: [
            // A paragraph named h2 rather than a heading, so that it takes no id or place among the sheet's headings.
            { type: 'paragraph', data: { hName: 'h2', hProperties: { className: ['notes-heading'], id: `${prefix}notes` } }, children: [{ type: 'text', value: heading }] },
            { type: 'list', ordered: true, spread: false, children: items },
          ],
        };
  return { inText: marked, section };
}

/** An inline element of the HTML, written as Markdown that Sätteri renders under the element's name. */
function element(name: string, properties: Properties, children: PhrasingContent[]): PhrasingContent {
  return { type: 'emphasis', data: { hName: name, hProperties: properties }, children };
}

/** GFM's id of a footnote label: lower case, and safe in an address. */
const safeId = (identifier: string) => encodeURIComponent(identifier.toLowerCase());

/** A note's nodes, each reference in them replaced by its mark, in the order they are read. */
function withMarks(nodes: FootnoteDefinition['children'], mark: (ref: Readonly<FootnoteReference>) => PhrasingContent): FootnoteDefinition['children'] {
  const replace = (node: Nodes) => {
    if (isPhrasingParent(node)) node.children = node.children.map((child) => (child.type === 'footnoteReference' ? mark(child) : (replace(child), child)));
    else if ('children' in node) node.children.forEach(replace);
  };
  nodes.forEach(replace);
  return nodes;
}

/** The nodes whose children are words, where a reference can stand. */
type PhrasingParent = Extract<Nodes, { children: PhrasingContent[] }>;
const PHRASING_PARENTS = new Set<string>(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);
const isPhrasingParent = (node: Nodes): node is PhrasingParent => PHRASING_PARENTS.has(node.type);

/** Plain text of a note for its preview: without its references' numbers or the link to the source's record. */
function noteText(nodes: readonly Readonly<Nodes>[]): string {
  const text = (node: Readonly<Nodes>): string => {
    if (node.type === 'footnoteReference') return '';
    if (node.type === 'link' && String(node.data?.hProperties?.['className'] ?? '').includes('source-link')) return '';
    if ('value' in node && node.type !== 'html' && node.type !== 'yaml') return node.value;
    if ('children' in node) return node.children.map(text).join(PHRASING_PARENTS.has(node.type) ? '' : ' ');
    return ' ';
  };
  return nodes.map(text).join(' ').replace(/\s+/g, ' ').trim();
}
