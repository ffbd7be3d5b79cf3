import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { rehypeNotes } from './rehype-notes';
import { remarkCitations } from './remark-citations';
import { remarkGuard } from './remark-guard';
import { langOfFile } from './sheet-file';
import type { Lang } from '../i18n/locales';

/** The sheets' Markdown pipeline, as Astro runs it, without Astro: for unit tests. */
export const contentDir = '/site/content';
export const entriesDir = `${contentDir}/entries`;

export const testSources = {
  'mia-2025-05': { title: 'Cybercrime detection reached almost 39%', publisher: 'Ministry of Internal Affairs', date: '2025-05' },
  'senate-2024-10-31': { title: 'Only 20% disclosed', publisher: 'Senate', date: '2024-10-31' },
};

export async function renderSheet(markdown: string, options: { path?: string; figures?: string[]; charts?: string[] } = {}) {
  const file = new VFile({
    value: markdown,
    path: options.path ?? `${entriesDir}/2025/detection.mdx`,
    data: { astro: { frontmatter: { figures: (options.figures ?? []).map((id) => ({ id })), charts: (options.charts ?? []).map((id) => ({ id })) } } },
  });
  const result = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkGuard, { contentDir, sourceKeys: () => new Set(Object.keys(testSources)) })
    .use(remarkCitations, {
      langOf: (f: VFile) => langOfFile(f.path, contentDir),
      sources: () => testSources,
      sourcesPage: (lang: Lang) => (lang === 'en' ? '/sources/' : `/${lang}/sources/`),
      sourceDetailsLabel: () => 'About this source',
      siteUrl: 'https://sheets.example',
    })
    .use(remarkRehype, { footnoteLabel: 'Notes', passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] })
    .use(rehypeNotes, { contentDir, words: (lang: Lang) => ({ heading: lang === 'en' ? 'Notes' : `Notes (${lang})`, backLabel: (l: string) => (l ? `Back to citation ${l}` : 'Back to citation'), letters: lang === 'en' ? 'abc' : 'абв' }) })
    .use(jsxAsText)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(file);
  return String(result);
}

/** JSX has no HTML form: show a component as text, with its attributes, so tests can read them. */
function jsxAsText() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || !parent || index === undefined) return;
      const attrs = node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? `${a.name}=${JSON.stringify(a.value)}` : '')).join(' ');
      parent.children.splice(index, 1, { type: 'text', value: `[${node.name ?? ''} ${attrs}]` });
    });
  };
}
