// The bare baseline: the same MDX files rendered by a minimal Astro + MDX
// project, to tell the cost of Astro itself from the cost of what the project
// adds (content check, figures, citations, notes, charts, editions' words,
// data files, social images, every page kind beyond the sheets).
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './paths.mjs';

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
  // One route: English at the root, the other editions under their prefix, as in the project.
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Fig from '../components/Fig.astro';
import Chart from '../components/Chart.astro';

export async function getStaticPaths() {
  return (await getCollection('sheets')).map((sheet) => {
    const [lang, ...rest] = sheet.id.split('/');
    return { params: { slug: lang === 'en' ? rest.join('/') : sheet.id }, props: { sheet, lang } };
  });
}

const { sheet, lang } = Astro.props;
const { Content } = await render(sheet);
---
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{sheet.data.title}</title></head>
  <body>
    <h1>{sheet.data.title}</h1>
    <Content components={{ Fig, Chart }} />
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
  rmSync(dir, { recursive: true, force: true });
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
