import type { FootnoteDefinition, FootnoteReference, PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { sourceNoteText } from '../lib/source-note';
import { CITATION } from './citation-syntax';
import type { Source } from '../schemas/source';
import type { VFile } from 'vfile';
import type { Lang } from '../i18n/locales';

/**
 * Citations editors can type: [@mia-2025-05], or several at once as
 * [@mia-2025-05; @president-2025-01]. Each becomes a GFM footnote reference
 * to a note generated from content/sources.yaml, so that citations and
 * explanatory footnotes ([^note]) share one numbered list: numbered by first
 * use, a source cited twice keeps its number, and every note links back to
 * each place that cites it.
 */
export interface CitationOptions {
  /** The file's edition. */
  langOf: (file: VFile) => Lang;
  /** The sources by key, in the edition's words; called once per file so that edits show in dev. */
  sources: (lang: Lang) => Record<string, Pick<Source, 'title' | 'publisher' | 'date'>>;
  /** Address of the edition's sources page, for the "about this source" link in a note. */
  sourcesPage: (lang: Lang) => string;
  sourceDetailsLabel: (lang: Lang) => string;
  /** The site's address, so that a printed note can give the source record's full address. */
  siteUrl: string;
}


/** Footnote identifier of a cited source; the "cite-" prefix keeps it apart from editors' [^notes]. */
export const citeId = (key: string) => `cite-${key}`;

export function remarkCitations(options: CitationOptions) {
  return (tree: Root, file: VFile) => {
    const lang = options.langOf(file);
    const sources = options.sources(lang);
    const sourcesPage = options.sourcesPage(lang);
    const cited: string[] = [];
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[@')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(CITATION)) {
        const at = match.index;
        // The note mark hugs the word before it: "solved[1]", not "solved [1]".
        const before = node.value.slice(last, at).replace(/\s+$/, '');
        if (before) parts.push({ type: 'text', value: before });
        const keys = (match[1] ?? '').split(';').map((k) => k.trim().replace(/^@/, ''));
        for (const key of keys) {
          if (!cited.includes(key)) cited.push(key);
          const ref: FootnoteReference = { type: 'footnoteReference', identifier: citeId(key), label: citeId(key) };
          parts.push(ref);
        }
        last = at + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    for (const key of cited) {
      const source = sources[key];
      if (!source) continue;
      const note: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier: citeId(key),
        label: citeId(key),
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: `${sourceNoteText(source, lang)} ` },
              {
                type: 'link',
                url: `${sourcesPage}#${key}`,
                data: { hProperties: { className: ['source-link'], dataHref: new URL(`${sourcesPage}#${key}`, options.siteUrl).href } },
                children: [{ type: 'text', value: options.sourceDetailsLabel(lang) }],
              },
            ],
          },
        ],
      };
      tree.children.push(note);
    }
  };
}
