import { fileURLToPath } from 'node:url';
import type { FootnoteDefinition, PhrasingContent, Root, Text } from 'mdast';
import type { MdastPluginEntry, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { sourceNoteText } from '../lib/source-note.ts';
import { CITATION } from './citation-syntax.ts';
import { noteInbox } from './note-inbox.ts';
import type { Source } from '../schemas/source.ts';
import type { Lang } from '../i18n/locales.ts';

/**
 * Citations editors can type: [@mia-2025-05], or several at once as
 * [@mia-2025-05; @president-2025-01]. Each becomes a GFM footnote reference
 * to a note generated from content/sources.yaml, so that citations and
 * explanatory footnotes ([^note]) share one numbered list: numbered by first
 * use, a source cited twice keeps its number, and every note links back to
 * each place that cites it.
 */
export interface CitationOptions {
  /** The edition of a file, from its path. */
  langOf: (path: string | undefined) => Lang;
  /** The sources by key, in the edition's words; asked once per file so that edits show in dev. */
  sources: (lang: Lang) => Record<string, Pick<Source, 'title' | 'publisher' | 'date'>>;
  /** Address of the edition's sources page, for the "about this source" link in a note. */
  sourcesPage: (lang: Lang) => string;
  sourceDetailsLabel: (lang: Lang) => string;
  /** The site's address, so that a printed note can give the source record's full address. */
  siteUrl: string;
}

/** Footnote identifier of a cited source; the "cite-" prefix keeps it apart from editors' [^notes]. */
export const citeId = (key: string) => `cite-${key}`;

export function sheetCitations(options: CitationOptions): MdastPluginEntry {
  return (file: PluginFactoryContext) => {
    // Most files cite something; those that cannot are left out of the pipeline.
    if (!file.source.includes('[@')) return null;
    const lang = options.langOf(file.fileURL && fileURLToPath(file.fileURL));
    const sources = options.sources(lang);
    const cited: string[] = [];
    return {
      name: 'sheet-citations',
      text(node: Readonly<Text>, ctx: MdastVisitorContext) {
        if (!node.value.includes('[@')) return;
        const parts = citationParts(node.value, cited, (key) => key in sources);
        if (parts) ctx.replaceNode(node, parts);
      },
      after(tree: Readonly<Root>, ctx: MdastVisitorContext) {
        const notes = cited.flatMap((key) => {
          const source = sources[key];
          return source ? [sourceNote(key, sourceNoteText(source, lang), options.sourcesPage(lang), options.sourceDetailsLabel(lang), options.siteUrl)] : [];
        });
        const inbox = noteInbox(file);
        if (inbox) inbox.push(...notes);
        else if (notes.length > 0) ctx.appendChild(tree, notes);
      },
    };
  };
}

/**
 * A text with its citations as footnote references, or undefined when it
 * has none; adds each newly cited key to `cited`, in order of first use. A
 * key with no source stays as typed: the content check refuses it, with its
 * line, and no page is built until it is mended.
 */
export function citationParts(text: string, cited: string[], known: (key: string) => boolean): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    const at = match.index;
    // The note mark hugs the word before it: "solved[1]", not "solved [1]".
    const before = text.slice(last, at).replace(/\s+$/, '');
    if (before) parts.push({ type: 'text', value: before });
    const keys = (match[1] ?? '').split(';').map((k) => k.trim().replace(/^@/, ''));
    for (const key of keys) {
      if (!known(key)) {
        parts.push({ type: 'text', value: `${parts.length > 0 ? ' ' : ''}[@${key}]` });
        continue;
      }
      if (!cited.includes(key)) cited.push(key);
      parts.push({ type: 'footnoteReference', identifier: citeId(key), label: citeId(key) });
    }
    last = at + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/** The note of a cited source: its description, and a link to its record on the sources page. */
function sourceNote(key: string, text: string, sourcesPage: string, label: string, siteUrl: string): FootnoteDefinition {
  return {
    type: 'footnoteDefinition',
    identifier: citeId(key),
    label: citeId(key),
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: `${text} ` },
          {
            type: 'link',
            url: `${sourcesPage}#${key}`,
            data: { hProperties: { className: ['source-link'], dataHref: new URL(`${sourcesPage}#${key}`, siteUrl).href } },
            children: [{ type: 'text', value: label }],
          },
        ],
      },
    ],
  };
}
