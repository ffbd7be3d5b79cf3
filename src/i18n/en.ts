/** Locale of this edition, for numbers and dates: day before month, as in Kazakhstan. */
export const locale = 'en-GB';

/**
 * Every word of the interface, in one place, so that the Kazakh and Russian
 * editions are a translation of this file and nothing else.
 */
export const ui = {
  siteName: 'Kazakhstan Cybercrime Fact Sheets',
  tagline: 'Figures on cybercrime and public safety in Kazakhstan, each with its official source.',
  currency: { RUB: 'rubles' },
  skipToContent: 'Skip to content',
  nav: { label: 'Main', home: 'Home', years: 'Years', topics: 'Topics', sources: 'Sources', about: 'About' },
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
    otherTopics: 'Other sheets of',
    more: 'More fact sheets',
    downloadPdf: 'Download PDF',
  },
  derived: {
    share: (part: string, whole: string, exact: string) => `${part} of ${whole} is ${exact}`,
    ratio: (a: string, b: string, exact: string) => `${a} divided by ${b} is ${exact}`,
    sum: (parts: string[], exact: string) => `${parts.join(' + ')} = ${exact}`,
    change: (now: string, before: string, exact: string) => `from ${before} to ${now} is a change of ${exact}`,
    rounded: { down: 'the source rounds it down to', up: 'the source rounds it up to', nearest: 'the source rounds it to' },
  },
  chart: {
    tableCaption: 'Data for this chart',
    label: 'Bar',
    seriesSummary: (metric: string, first: { label: string; text: string }, last: { label: string; text: string }) =>
      `${metric}: ${first.text} (${first.label}), then ${last.text} (${last.label}).`,
  },
  print: { online: 'Online at', pdfSize: (kb: string) => `(PDF, ${kb})` },
  notes: {
    heading: 'Notes',
    backLabel: (letter: string) => (letter ? `Back to citation ${letter}` : 'Back to citation'),
    sourceDetails: 'About this source',
  },
  year: { title: (year: number) => `Fact sheets for ${year}`, intro: (year: number, n: number) => `${n} fact sheets on ${year}.`, booklet: (year: number) => `Download all ${year} sheets as one PDF` },
  topic: {
    all: 'All topics',
    allTitle: 'Topics',
    intro: 'Each topic has one fact sheet for every year the material covers.',
    sheets: 'Sheets',
    metrics: 'Metrics over time',
  },
  sources: {
    title: 'Sources',
    intro: 'Every document cited in the fact sheets, and the sheets that cite it.',
    citedBy: 'Cited in',
    key: 'Citation key',
    noAddress: 'No public address is recorded for this document.',
  },
  about: { title: 'Methodology and glossary' },
  notFound: { title: 'Page not found', text: 'There is no page at this address. Try the fact sheets by year or by topic.' },
  footer: {
    about: 'How these sheets are made',
    reuse: 'Figures may be quoted with a link to the sheet they come from.',
  },
} as const;
