// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { sheetProcessor } from './src/markdown/index.ts';
import { generatedFilesIntegration } from './src/integrations/generated-files.ts';
import { earlyContentCheck } from './src/integrations/early-content-check.ts';
import { site } from './site.config.mjs';

const root = new URL('./', import.meta.url);

/**
 * @astrojs/mdx marks every compiled sheet with "use astro:head-inject", and
 * rolldown warns once per sheet that it may drop the directive; Astro reads it
 * before bundling, so the warning is noise that would bury real errors.
 * @param {string} level @param {{ code?: string; message: string }} log @param {(level: any, log: any) => void} handler
 */
function quietKnownWarnings(level, log, handler) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
}


export default defineConfig({
  site,
  trailingSlash: 'always',
  markdown: { processor: sheetProcessor(root, site) },
  integrations: [
    // The content check starts on its own thread while Astro sets up; its loader takes the result.
    earlyContentCheck(),
    // A sheet's static parts compile to HTML strings rather than one JSX call per element:
    // smaller modules to compile and fewer calls to render; the pages are the same bytes.
    mdx({ optimize: true }),
    // The files beside the pages (CSV, JSON, print stylesheets) are written from the build manifest, not as pages.
    generatedFilesIntegration(),
    // The sitemap lists pages only: the 404 page is not one a search engine should index.
    // Each page's entry names the same page in the other editions (hreflang), as the pages' heads do.
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', ru: 'ru', kk: 'kk' } },
    }),
  ],
  // Four pages at a time: a page's render mostly waits on writing its file (100 sheets: routes in 3.7 s instead of 5.0).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Caches live in the project, not in node_modules, so that copies of the
  // project sharing one node_modules (the bad-content tests) never share them.
  cacheDir: './.astro/cache',
  vite: {
    cacheDir: './.astro/vite',
    // Astro inlines scripts smaller than this limit; the Content-Security-Policy
    // runs no inline script, so every script stays a file, however small.
    build: { assetsInlineLimit: 0, rolldownOptions: { onLog: quietKnownWarnings } },
  },
  // Frontmatter completion and checks in the Astro VS Code extension, from the same schemas.
  experimental: { contentIntellisense: true },
});
