/**
 * Citations of a sheet or of one figure, in the formats reference managers
 * read: plain text, BibTeX, CSL-JSON and RIS. Pure: the caller gives the
 * words and addresses, so every edition prints its own from the same records.
 *
 * Written here rather than by a citation library because the figures carry
 * characters such libraries drop or rewrite (₸, «», Kazakh letters) and the
 * output must be the same from build to build; the tests read every format
 * back with @citation-js/core.
 */

/** The document behind a figure. */
export interface OriginalSource {
  publisher: string;
  title: string;
  /** ISO date, YYYY-MM-DD or YYYY-MM. */
  date: string;
  url?: string | undefined;
}

/** What a citation names: a whole sheet, or one figure in it. */
export interface Citable {
  /** Citation key, unique across the publication: letters, digits and hyphens. */
  key: string;
  /** The sheet's title, or for a figure its label, period and value with hedge. */
  title: string;
  /** For a figure: the title of the sheet it is published in. */
  sheet?: string | undefined;
  publication: string;
  /** ISO dates (YYYY-MM-DD) the sheet was published and last updated. */
  published: string;
  updated: string;
  /** The address to cite, with the figure's anchor for a figure. */
  url: string;
  /** For a figure: the document the figure comes from. */
  original?: OriginalSource | undefined;
}

/** The words a plain-text citation needs, from the edition's interface module. */
export interface CiteWords {
  /** "In" before the sheet a figure is published in. */
  in: string;
  updated: (date: string) => string;
  original: string;
  /** Dates in words, in the edition's language. */
  date: (iso: string) => string;
  /** A title in the edition's quotation marks: “…” in English, «…» in Russian and Kazakh. */
  quote?: (text: string) => string;
}

const quoted = (words: CiteWords, text: string) => (words.quote ? words.quote(text) : `“${text}”`);

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The source in words: publisher, “title”, date, address. */
function originalText(o: OriginalSource, words: CiteWords): string {
  return `${o.publisher}, ${quoted(words, o.title)}, ${words.date(o.date)}${o.url ? `, ${o.url}` : ''}`;
}

/**
 * Kazakhstan Cybercrime Fact Sheets. “Title”. In “Sheet”. Last updated 1 June 2025.
 * Original source: …. https://…
 */
export function citeText(c: Citable, words: CiteWords): string {
  const parts = [sentence(c.publication), sentence(quoted(words, c.title))];
  if (c.sheet) parts.push(sentence(`${words.in} ${quoted(words, c.sheet)}`));
  parts.push(sentence(words.updated(words.date(c.updated))));
  if (c.original) parts.push(sentence(`${words.original}: ${originalText(c.original, words)}`));
  parts.push(c.url);
  return parts.join(' ');
}

/** Characters with a meaning in BibTeX, written so they print as themselves. */
const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
export const bibtexEscape = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (ch) => BIBTEX_SPECIALS[ch] ?? ch);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * A @misc entry, which BibTeX and biblatex both read; the publication is a
 * corporate author (double braces keep it one name), UTF-8 kept as is.
 * Addresses go in url unescaped, as the url package expects.
 */
export function citeBibtex(c: Citable, words: CiteWords): string {
  const [year = '', month = ''] = c.published.split('-');
  const note = [words.updated(c.updated)];
  if (c.original) note.push(`${words.original}: ${originalText(c.original, words)}`);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(c.publication)}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    ...(c.sheet ? ([['booktitle', bibtexEscape(c.sheet)]] as [string, string][]) : []),
    ['publisher', bibtexEscape(c.publication)],
    ['year', year],
    ['month', MONTHS[Number(month) - 1] ?? ''],
    ['date', c.published],
    ['url', c.url],
    ['note', bibtexEscape(note.map(sentence).join(' '))],
  ];
  const body = fields.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`)).join(',\n');
  return `@misc{${c.key},\n${body}\n}`;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** A CSL-JSON item (the format of Zotero, Mendeley and pandoc), as a one-item list. */
export function citeCsl(c: Citable): string {
  const item = {
    id: c.key,
    type: 'dataset',
    title: c.title,
    ...(c.sheet ? { 'container-title': c.sheet } : {}),
    author: [{ literal: c.publication }],
    publisher: c.publication,
    issued: dateParts(c.published),
    URL: c.url,
    ...(c.original
      ? {
          'original-publisher': c.original.publisher,
          'original-title': c.original.title,
          'original-date': dateParts(c.original.date),
        }
      : {}),
  };
  return JSON.stringify([item], null, 2);
}

/** RIS, the tagged format every reference manager imports: a dataset record. */
export function citeRis(c: Citable, words: CiteWords): string {
  const [year = ''] = c.published.split('-');
  const lines: [string, string][] = [
    ['TY', 'DATA'],
    ['ID', c.key],
    ['AU', c.publication],
    ['TI', c.title],
    ...(c.sheet ? ([['T2', c.sheet]] as [string, string][]) : []),
    ['PB', c.publication],
    ['PY', year],
    ['DA', c.published.replaceAll('-', '/')],
    ['UR', c.url],
    ['N1', sentence(words.updated(c.updated))],
    ...(c.original ? ([['N1', sentence(`${words.original}: ${originalText(c.original, words)}`)]] as [string, string][]) : []),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\n');
}

export type CiteFormat = 'text' | 'bibtex' | 'csl' | 'ris';

/** Every format of one citation, in the order the page shows them. */
export function citations(c: Citable, words: CiteWords): Record<CiteFormat, string> {
  return { text: citeText(c, words), bibtex: citeBibtex(c, words), csl: citeCsl(c), ris: citeRis(c, words) };
}
