/**
 * The words for reusing what the sheets publish: the data downloads, the
 * citations, the charts, the printed sheet and its notes. Part of the
 * interface (en.ts), kept apart because it is as long as the rest.
 */

export const data = {
  title: 'Data downloads',
  intro: 'Every figure of every published fact sheet, one row a figure, in the same words and numbers as the sheets. Each sheet also has its own files, linked at its top, and each chart the CSV of its own points.',
  files: 'Files',
  /** The unit of a file's size, after the number: "101 KB". */
  kilobytes: 'KB',
  csv: 'CSV',
  json: 'JSON',
  allCsv: 'All figures as CSV',
  allJson: 'All figures as JSON',
  size: (kb: string) => `(${kb})`,
  updated: 'Last updated',
  license: 'Licence',
  licenseText: (name: string) => `The data may be reused under ${name}, naming this publication and linking the sheet a figure comes from.`,
  columns: 'Columns',
  column: 'Column',
  meaning: 'Meaning',
  formats: 'The CSV is UTF-8 with a byte-order mark, every field in quotes, so that spreadsheet programs open it as is. The JSON holds the same rows under “figures”, with the format’s version, the date of the latest change and the licence.',
  sheetDownloads: 'Figures as data:',
  chartCsv: 'Data (CSV)',
  describe: {
    sheet: 'Address of the fact sheet the figure is published in.',
    year: 'The year the sheet covers.',
    topic: 'Key of the sheet’s topic.',
    figure: 'Id of the figure, unique within its sheet; the sheet’s table of figures has an anchor #fig-<id>.',
    metric: 'Key of the indicator the figure reports, the same across years.',
    metric_label: 'Name of the indicator.',
    value: 'The number as a plain value: no separators, units or hedges.',
    unit: 'How the value counts: count, percent, percent-change, KZT, RUB, MCI or days.',
    qualifier: 'The source’s hedge, word for word (more than, over, about, almost, up to); empty when the source gives the number plainly. “more than 5000” is not 5000.',
    period: 'The period the figure counts, in words, as the source gives it.',
    period_start: 'First day or month counted, when the source says (YYYY-MM-DD or YYYY-MM).',
    period_end: 'Last day or month counted, or when the figure was reported.',
    source: 'Key of the source document; the sources page lists it under this key.',
    source_title: 'Title of the source document.',
    source_publisher: 'Who issued or reported it.',
    source_date: 'When it was published.',
    source_url: 'Address of the document, where one is known.',
    note: 'What a reader should know about the figure: a reading chosen, a caveat.',
  },
};

export const cite = {
  heading: 'Cite this sheet',
  figures: 'Cite a figure',
  figuresIntro: 'Each figure with its own address, its value as the source hedges it, and the document it comes from.',
  formats: 'BibTeX, CSL-JSON and RIS',
  names: { text: 'Plain text', bibtex: 'BibTeX', csl: 'CSL-JSON', ris: 'RIS' },
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy; select the text instead',
  copyLink: 'Copy link',
  cite: 'Cite',
  words: {
    in: 'In',
    updated: (date: string) => `Last updated ${date}`,
    original: 'Original source',
  },
};

export const chart = {
  tableCaption: 'Data for this chart',
  label: 'Bar',
  seriesSummary: (metric: string, first: { label: string; text: string }, last: { label: string; text: string }) =>
    `${metric}: ${first.text} (${first.label}), then ${last.text} (${last.label}).`,
};

export const print = { online: 'Online at', pdfSize: (kb: string) => `(PDF, ${kb})`, pageOf: 'Page {page} of {total}' };

export const notes = {
  heading: 'Notes',
  /** The letters of the back-links when a source is cited in several places: "^ a b". */
  letters: 'abcdefghijklmnopqrstuvwxyz',
  backLabel: (letter: string) => (letter ? `Back to citation ${letter}` : 'Back to citation'),
  sourceDetails: 'About this source',
};
