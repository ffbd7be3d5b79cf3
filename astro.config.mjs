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
  build: { format: 'directory' },
});
