import { pathToFileURL } from 'node:url';
import { evaluate } from 'satteri';
import { sheetCitations } from './citations.ts';
import { sheetGuard } from './guard.ts';
import { sheetNotes } from './notes.ts';
import { langOfFile } from './sheet-file.ts';
import type { Lang } from '../i18n/locales.ts';

/** The sheets' Markdown pipeline, as Astro runs it (Sätteri, Astro's Markdown features), without Astro: for unit tests. */
export const contentDir = '/site/content';
export const entriesDir = `${contentDir}/entries`;

export const testSources = {
  'mia-2025-05': { title: 'Cybercrime detection reached almost 39%', publisher: 'Ministry of Internal Affairs', date: '2025-05' },
  'senate-2024-10-31': { title: 'Only 20% disclosed', publisher: 'Senate', date: '2024-10-31' },
};

export async function renderSheet(markdown: string, options: { path?: string; figures?: string[]; charts?: string[]; notes?: boolean } = {}): Promise<string> {
  const frontmatter = { figures: (options.figures ?? []).map((id) => ({ id })), charts: (options.charts ?? []).map((id) => ({ id })) };
  const module = await evaluate(markdown, {
    ...htmlRuntime,
    mdastPlugins: [
      sheetGuard({ contentDir }),
      sheetCitations({
        langOf: (path) => langOfFile(path, contentDir),
        sources: () => testSources,
        sourcesPage: (lang: Lang) => (lang === 'en' ? '/sources/' : `/${lang}/sources/`),
        sourceDetailsLabel: () => 'About this source',
        siteUrl: 'https://sheets.example',
      }),
      options.notes !== false && sheetNotes({ contentDir, words: (lang: Lang) => ({ heading: lang === 'en' ? 'Notes' : `Notes (${lang})`, backLabel: (l: string) => (l ? `Back to citation ${l}` : 'Back to citation'), letters: lang === 'en' ? 'abc' : 'абв' }) }),
    ],
    // Astro's Markdown defaults, and the static parts of a sheet as HTML strings, as astro.config.mjs asks (mdx optimize).
    features: { gfm: true, smartPunctuation: true },
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
    elementAttributeNameCase: 'html',
    fileURL: pathToFileURL(options.path ?? `${entriesDir}/2025/detection.mdx`),
    // What Astro's MDX integration hands Sätteri for each file.
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  const content = module['default'];
  if (typeof content !== 'function') throw new Error('the compiled sheet has no content component');
  const html: unknown = content({ components: { Fig: jsxAsText('Fig'), Chart: jsxAsText('Chart'), Fragment: staticHtml } });
  return html instanceof Markup ? html.html : String(html);
}

/** JSX has no HTML form: show a component as text, with its attributes, so tests can read them. */
const jsxAsText = (name: string) => (props: Record<string, unknown>) =>
  `[${name} ${Object.entries(props)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(' ')}]`;

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Written HTML, told apart from text, which the runtime escapes. */
class Markup {
  constructor(readonly html: string) {}
}

/** The static parts of a sheet, written as HTML by the compiler: Astro's Fragment with set:html. */
const staticHtml = (props: Record<string, unknown>) => new Markup(String(props['set:html'] ?? ''));

/** A JSX runtime that writes HTML strings, as Astro's does for plain elements. */
const Fragment = Symbol('Fragment');
function jsx(type: unknown, props: unknown): Markup {
  const { children, ...attributes } = props !== null && typeof props === 'object' ? Object.fromEntries(Object.entries(props)) : {};
  const inner = [children]
    .flat(Infinity)
    .map((c) => (c instanceof Markup ? c.html : c === undefined || c === null ? '' : escape(String(c))))
    .join('');
  if (type === Fragment) return new Markup(inner);
  if (typeof type === 'function') {
    const out: unknown = type(props);
    return out instanceof Markup ? out : new Markup(escape(String(out)));
  }
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === true || value === '' ? ` ${name}` : ` ${name}="${escape(String(value)).replaceAll('"', '&quot;')}"`))
    .join('');
  return new Markup(`<${String(type)}${attrs}>${inner}</${String(type)}>`);
}
const htmlRuntime = { Fragment, jsx, jsxs: jsx };
