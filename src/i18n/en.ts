import { chart, cite, data, notes, print } from './en-reuse.ts';
/**
 * Words that number formatting needs, kept apart so that the chart script,
 * which formats numbers in the browser, carries these and not the whole interface.
 */
export const currency = { RUB: 'rubles' } as const;

/**
 * Every word of the interface, here and in en-reuse.ts, so that the Kazakh
 * and Russian editions are a translation of these two files and nothing else.
 */
export const ui = {
  siteName: 'Kazakhstan Cybercrime Fact Sheets',
  tagline: 'Figures on cybercrime and public safety in Kazakhstan, each with its official source.',
  currency,
  skipToContent: 'Skip to content',
  editions: {
    label: 'Language',
    /** Shown on a page whose text has no translation yet and is given in English. */
    fallback: 'This page has not been translated yet; it is shown in English.',
    /** A translated sheet names its original and the date it was translated from. */
    translatedFrom: (date: string) => `Translated from the English edition of ${date}.`,
    /** A translation older than its original's last update. */
    outdated: (date: string) => `This translation may not include the changes made to the English edition on ${date}.`,
    original: 'Read the English edition',
  },
  nav: { label: 'Main', home: 'Home', years: 'Years', topics: 'Topics', sources: 'Sources', data: 'Data', about: 'About', search: 'Search' },
  breadcrumbs: 'Breadcrumb',
  home: {
    headline: 'Headline figures',
    years: 'Fact sheets by year',
    topics: 'Fact sheets by topic',
    latest: 'Latest fact sheets',
  },
  sheet: {
    keyFigures: 'Key figures',
    period: 'Period covered',
    published: 'Published',
    updated: 'Last updated',
    corrections: 'Corrections',
    figures: 'All figures in this sheet',
    figure: 'Figure',
    value: 'Value',
    periodColumn: 'Period',
    sourceColumn: 'Source',
    source: 'Source',
    otherYears: 'This topic in other years',
    allYears: 'Every year of this topic',
    otherTopics: (year: number) => `Other sheets of ${year}`,
    more: 'More fact sheets',
    downloadPdf: 'Download PDF',
    edit: 'Edit this sheet',
    editNote: 'Sheets are corrected by pull request, and every change to a published figure is listed on its sheet.',
  },
  derived: {
    share: (part: string, whole: string, exact: string) => `${part} of ${whole} is ${exact}`,
    ratio: (a: string, b: string, exact: string) => `${a} divided by ${b} is ${exact}`,
    sum: (parts: string[], exact: string) => `${parts.join(' + ')} = ${exact}`,
    change: (now: string, before: string, exact: string) => `from ${before} to ${now} is a change of ${exact}`,
    rounded: { down: 'the source rounds it down to', up: 'the source rounds it up to', nearest: 'the source rounds it to' },
  },
  data,
  cite,
  chart,
  print,
  notes,
  year: {
    title: (year: number) => `Fact sheets for ${year}`,
    intro: (year: number, n: number) => `${n} fact sheets on ${year}.`,
    description: (year: number, topics: string[]) => `Fact sheets on cybercrime and public safety in Kazakhstan in ${year}, with the official source of every figure: ${topics.join('; ')}.`,
    booklet: (year: number) => `Download all ${year} sheets as one PDF` },
  topic: {
    all: 'All topics',
    allTitle: 'Topics',
    intro: 'Each topic has one fact sheet for every year the material covers.',
    sheets: 'Sheets',
    metrics: 'Metrics over time',
    /** Before the years whose sheets are not shown as cards on a topic page. */
    earlier: 'Earlier years',
    /** A topic's sheets in the list of topics: how many, over which years. */
    span: (n: number, first: number, last: number) => `${n} ${n === 1 ? 'sheet' : 'sheets'}, ${first === last ? first : `${first}–${last}`}`,
    /** Links a topic page's recent values of a metric to its page with every value. */
    allValues: (n: number) => `All ${n} values`,
  },
  sources: {
    title: 'Sources',
    intro: 'Every document cited in the fact sheets, and the sheets that cite it.',
    citedBy: 'Cited in',
    /** After the ten newest sheets that cite a source. */
    more: (n: number) => `and ${n} earlier ${n === 1 ? 'sheet' : 'sheets'}`,
    key: 'Citation key',
    noAddress: 'No public address is recorded for this document.',
  },
  about: { title: 'Methodology and glossary' },
  search: {
    title: 'Search',
    description: 'Search the fact sheets, their figures, the sources and the glossary.',
    label: 'Search the fact sheets',
    button: 'Search',
    hint: 'For example: droppers, detection rate, pyramids',
    /** Templates the search element fills in the browser: {count} and {query}. */
    found: '{count} results for “{query}”',
    foundOne: '1 result for “{query}”',
    none: 'No results for “{query}”. Try another word, or browse the sheets below.',
    unavailable: 'Search is not available here: its index is made by npm run build.',
    noScript: 'Searching needs JavaScript. Every fact sheet is listed below.',
    all: 'Browse the fact sheets',
  },
  notFound: { title: 'Page not found', text: 'There is no page at this address. Try the fact sheets by year or by topic.' },
  feed: {
    title: 'Kazakhstan Cybercrime Fact Sheets: new sheets and corrections',
    description: 'Each new fact sheet and each correction to a published figure.',
    correction: (title: string) => `Correction to “${title}”`,
    link: 'Feed of new sheets and corrections',
  },
  footer: {
    about: 'How these sheets are made',
    reuse: 'Figures may be quoted with a link to the sheet they come from.',
    data: 'Download every figure as data',
  },
} as const;
