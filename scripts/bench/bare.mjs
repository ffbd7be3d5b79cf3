// The bare baseline: the same pages rendered by a minimal Astro + MDX
// project, to tell the cost of Astro itself from the cost of what the project
// adds (content check, figures, citations, notes, charts, editions' words,
// data files, what each page kind shows beyond a heading). The sheets' MDX
// files are rendered as they are; every other address the project writes
// (home, years, topics, metrics, sources…) is a plain page with a heading.
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './paths.mjs';
import { discard } from './trash.mjs';

/** The files of the bare project, by path. */
const FILES = {
  'package.json': JSON.stringify({ name: 'kz-bench-bare', private: true, type: 'module' }, null, 2) + '\n',
  // Only mdx(). The two cache folders are moved into the project, as the real
  // project's config does: node_modules is the shared symlink, and Astro's and
  // Vite's default caches there would be shared between sizes (never cold)
  // and written into the project's own node_modules.
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
});
`,
  // One collection over the three editions' files (content/<en|ru|kk>/<year>/<topic>.mdx), any frontmatter accepted.
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const sheets = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: 'content' }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { sheets };
`,
  // The addresses of the project's pages other than sheets; written by setOtherPages once the project has built.
  'pages.json': '[]\n',
  // One route: English at the root, the other editions under their prefix, as in the project.
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Fig from '../components/Fig.astro';
import Chart from '../components/Chart.astro';
import others from '../../pages.json';

export async function getStaticPaths() {
  const sheets = (await getCollection('sheets')).map((sheet) => {
    const [lang, ...rest] = sheet.id.split('/');
    return { params: { slug: lang === 'en' ? rest.join('/') : sheet.id }, props: { sheet, lang, title: sheet.data.title } };
  });
  const plain = others.map((path) => ({ params: { slug: path || undefined }, props: { sheet: undefined, lang: /^(ru|kk)(\\/|$)/.exec(path)?.[1] ?? 'en', title: path || 'Home' } }));
  return [...sheets, ...plain];
}

const { sheet, lang, title } = Astro.props;
const Content = sheet ? (await render(sheet)).Content : undefined;
---
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body>
    <h1>{title}</h1>
    {Content && <Content components={{ Fig, Chart }} />}
  </body>
</html>
`,
  // Stand-ins for the project's MDX components: they print the id they are given.
  'src/components/Fig.astro': `---
const { id } = Astro.props;
---
<span class="fig">{id}</span>
`,
  'src/components/Chart.astro': `---
const { id } = Astro.props;
---
<figure class="chart"><figcaption>Chart {id}</figcaption></figure>
`,
};

/**
 * Writes the bare project at `dir` with the MDX files of the corpus at
 * `corpus`: its English sheets as content/en/…, its translations as
 * content/<lang>/…, so each edition has as many sheet pages as the project's.
 */
export function makeBare(dir, corpus, langs) {
  discard(dir);
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join(corpus, 'content/entries'), join(dir, 'content/en'), { recursive: true });
  for (const lang of langs) {
    const from = join(corpus, 'content/translations', lang);
    for (const year of readdirSync(from).filter((name) => /^\d{4}$/.test(name))) {
      cpSync(join(from, year), join(dir, 'content', lang, year), { recursive: true });
    }
  }
}

/**
 * Gives the bare project the project's other pages (every HTML file the
 * project's build wrote that is not a sheet's page), so that both builds
 * write the same number of pages at the same addresses.
 */
export function setOtherPages(dir, paths) {
  writeFileSync(join(dir, 'pages.json'), JSON.stringify(paths, null, 1) + '\n');
}
