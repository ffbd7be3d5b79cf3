import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { uiFor } from '../i18n/ui';
import { localePath } from '../i18n/locales';
import { loadSources } from './load-sources';
import { rehypeNotes } from './rehype-notes';
import { remarkCitations } from './remark-citations';
import { remarkGuard } from './remark-guard';
import { langOfFile } from './sheet-file';

/**
 * The Markdown pipeline of the fact sheets and their translations. Astro 7
 * renders Markdown with Sätteri by default, which runs no remark or rehype
 * plugins; the sheets' guard, citations and notes are unified plugins, so
 * the unified() processor is chosen here. Each file's edition (from its
 * path) decides the words of its notes and the sources' texts.
 */
export function sheetProcessor(root: URL, siteUrl: string) {
  const contentDir = fileURLToPath(new URL('content/', root));
  const sourcesFile = fileURLToPath(new URL('content/sources.yaml', root));
  const translationsDir = fileURLToPath(new URL('content/translations/', root));
  return unified({
    remarkPlugins: [
      [remarkGuard, { contentDir, sourceKeys: () => new Set(Object.keys(loadSources(sourcesFile))) }],
      [
        remarkCitations,
        {
          langOf: (file: { path: string }) => langOfFile(file.path, contentDir),
          sources: (lang: 'en' | 'ru' | 'kk') => loadSources(sourcesFile, lang === 'en' ? undefined : `${translationsDir}${lang}/sources.yaml`),
          sourcesPage: (lang: 'en' | 'ru' | 'kk') => localePath(lang, '/sources/'),
          sourceDetailsLabel: (lang: 'en' | 'ru' | 'kk') => uiFor(lang).notes.sourceDetails,
          siteUrl,
        },
      ],
    ],
    rehypePlugins: [[rehypeNotes, { contentDir, words: (lang: 'en' | 'ru' | 'kk') => ({ heading: uiFor(lang).notes.heading, backLabel: uiFor(lang).notes.backLabel, letters: uiFor(lang).notes.letters }) }]],
    remarkRehype: {
      footnoteLabel: uiFor('en').notes.heading,
      footnoteLabelProperties: { className: ['notes-heading'] },
    },
  });
}
