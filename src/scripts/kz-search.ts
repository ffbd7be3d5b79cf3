/**
 * <kz-search>: full-text search over the built site with Pagefind's own
 * browser API. The index and its code live in /pagefind/, written by
 * `npm run build`; they are fetched only when the search page opens, and
 * Pagefind's WebAssembly is why this page alone allows 'wasm-unsafe-eval'.
 * Results are built as DOM nodes: an excerpt's text is copied, and only its
 * <mark> highlights are kept, so no indexed text can become markup.
 */

import { excerptEdges } from '../lib/excerpt.ts';

/** The parts of Pagefind's API this element uses (https://pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

// Kept in a variable so the bundler leaves the import to the browser: the file exists only in the built site.
const PAGEFIND = '/pagefind/pagefind.js';
const SHOWN = 20;

class KzSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #input: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #results: HTMLElement | null = null;

  connectedCallback() {
    this.#input = this.querySelector('input[name="q"]');
    this.#status = this.querySelector('[data-status]');
    this.#results = this.querySelector('[data-results]');
    const form = this.querySelector('form');
    if (!this.#input || !form) return;
    this.querySelector('[data-no-script]')?.setAttribute('hidden', '');
    // The address's query fills an empty box; words typed before this script
    // ran (a slow connection, a busy phone) stay, and are searched.
    const query = new URLSearchParams(location.search).get('q') ?? '';
    if (!this.#input.value) this.#input.value = query;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search(this.#input?.value ?? '');
    });
    this.#input.addEventListener('input', () => void this.#search(this.#input?.value ?? ''));
    if (this.#input.value.trim()) void this.#search(this.#input.value);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    });
    return this.#pagefind;
  }

  async #search(raw: string) {
    const query = raw.trim();
    // The query stays in the address, so that a search can be shared or reloaded.
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    document.querySelector<HTMLElement>('[data-all-sheets]')?.toggleAttribute('hidden', query !== '');
    if (!query) return this.#show('', []);

    let pagefind: Pagefind;
    try {
      pagefind = await this.#load();
    } catch {
      return this.#show(this.dataset['unavailable'] ?? '', []);
    }
    const search = await pagefind.debouncedSearch(query, {}, 150);
    // A newer query is on its way; it will draw the results.
    if (search === null) return;
    const found = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    const count = search.results.length;
    const template = count === 0 ? this.dataset['none'] : count === 1 ? this.dataset['foundOne'] : this.dataset['found'];
    if (count === 0) document.querySelector<HTMLElement>('[data-all-sheets]')?.removeAttribute('hidden');
    this.#show((template ?? '').replace('{count}', String(count)).replace('{query}', query), found);
  }

  #show(status: string, results: PagefindResultData[]) {
    if (this.#status) this.#status.textContent = status;
    this.#results?.replaceChildren(...results.map(resultItem));
  }
}

/** One result: the page's title as a link, its year where it has one, and the matching text. */
function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  const heading = document.createElement('p');
  heading.className = 'result-title';
  heading.append(link);
  if (result.meta['year']) {
    const year = document.createElement('span');
    year.className = 'result-year';
    year.textContent = result.meta['year'];
    heading.append(' ', year);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  const words = excerptNodes(result.excerpt);
  // "…" where the excerpt begins or ends inside a sentence of the page.
  const edges = excerptEdges(words.map((node) => node.textContent ?? '').join(''), result.content);
  excerpt.append(...(edges.before ? ['… '] : []), ...words, ...(edges.after ? [' …'] : []));
  item.append(heading, excerpt);
  return item;
}

/** An excerpt's text and <mark> highlights, and nothing else, from an inert document. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

customElements.define('kz-search', KzSearch);
