// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sheetProcessor } from './src/markdown/index.ts';

const root = new URL('./', import.meta.url);

export default defineConfig({
  // The address the site is published at; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://kz-cybercrime-facts.example.org',
  trailingSlash: 'always',
  markdown: { processor: sheetProcessor(root) },
  integrations: [mdx()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Caches live in the project, not in node_modules, so that copies of the
  // project sharing one node_modules (the bad-content tests) never share them.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
});
