import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { ui } from '../i18n/en';
import { loadSources } from './load-sources';
import { rehypeNotes } from './rehype-notes';
import { remarkCitations } from './remark-citations';
import { remarkGuard } from './remark-guard';

/**
 * The Markdown pipeline of the fact sheets. Astro 7 renders Markdown with
 * Sätteri by default, which runs no remark or rehype plugins; the sheets'
 * guard, citations and notes are unified plugins, so the unified() processor
 * is chosen here.
 */
export function sheetProcessor(root: URL, siteUrl: string) {
  const entriesDir = fileURLToPath(new URL('content/entries/', root));
  const sourcesFile = fileURLToPath(new URL('content/sources.yaml', root));
  return unified({
    remarkPlugins: [
      [remarkGuard, { entriesDir, sourceKeys: () => new Set(Object.keys(loadSources(sourcesFile))) }],
      [remarkCitations, { sources: () => loadSources(sourcesFile), sourcesPage: '/sources/', sourceDetailsLabel: ui.notes.sourceDetails, siteUrl }],
    ],
    rehypePlugins: [[rehypeNotes, { entriesDir, backLabel: ui.notes.backLabel }]],
    remarkRehype: {
      footnoteLabel: ui.notes.heading,
      footnoteLabelProperties: { className: ['notes-heading'] },
    },
  });
}
