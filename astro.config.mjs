// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sheetProcessor } from './src/markdown/index.ts';
import { site } from './site.config.mjs';

const root = new URL('./', import.meta.url);


export default defineConfig({
  site,
  trailingSlash: 'always',
  markdown: { processor: sheetProcessor(root, site) },
  integrations: [mdx()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Caches live in the project, not in node_modules, so that copies of the
  // project sharing one node_modules (the bad-content tests) never share them.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
});
