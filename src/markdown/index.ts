import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { uiFor } from '../i18n/ui.ts';
import { localePath } from '../i18n/locales.ts';
import { loadSources } from './load-sources.ts';
import { sheetCitations } from './citations.ts';
import { sheetGuard } from './guard.ts';
import { sheetNotes } from './notes.ts';
import { langOfFile } from './sheet-file.ts';

/**
 * The Markdown pipeline of the fact sheets and their translations: Astro's
 * own processor, Sätteri (it parses and compiles in Rust), with the sheets'
 * guard, citations and notes on its Markdown tree. No plugin works on the
 * HTML tree, which Sätteri then builds and writes without JavaScript.
 * Each file's edition (from its path) decides the words of its notes and the
 * sources' texts.
 */
export function sheetProcessor(root: URL, siteUrl: string) {
  const contentDir = fileURLToPath(new URL('content/', root));
  const sourcesFile = fileURLToPath(new URL('content/sources.yaml', root));
  const translationsDir = fileURLToPath(new URL('content/translations/', root));
  return satteri({
    mdastPlugins: [
      sheetGuard({ contentDir }),
      sheetCitations({
        langOf: (path) => langOfFile(path, contentDir),
        sources: (lang) => loadSources(sourcesFile, lang === 'en' ? undefined : `${translationsDir}${lang}/sources.yaml`),
        sourcesPage: (lang) => localePath(lang, '/sources/'),
        sourceDetailsLabel: (lang) => uiFor(lang).notes.sourceDetails,
        siteUrl,
      }),
      // After the citations, whose notes it lists with the editors' own.
      sheetNotes({ contentDir, words: (lang) => ({ heading: uiFor(lang).notes.heading, backLabel: uiFor(lang).notes.backLabel, letters: uiFor(lang).notes.letters }) }),
    ],
  });
}
