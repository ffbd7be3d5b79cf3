import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { citations, citeBibtex, citeCsl, citeRis, citeText, type Citable, type CiteWords } from './cite.ts';

const words: CiteWords = {
  in: 'In',
  updated: (date) => `Last updated ${date}`,
  original: 'Original source',
  date: (iso) => `<${iso}>`,
};

const sheet: Citable = {
  key: 'kzcf-2024-detection',
  title: 'Internet fraud and its detection in 2024',
  publication: 'Kazakhstan Cybercrime Fact Sheets',
  published: '2025-03-04',
  updated: '2025-06-01',
  url: 'https://example.org/2024/detection/',
};

const figure: Citable = {
  ...sheet,
  key: 'kzcf-2024-detection-funds',
  // Characters BibTeX gives a meaning to, and ones citation libraries drop.
  title: 'Funds returned, 2024 & 50% of_all {cases} #1: more than ₸1.4 billion «қ»',
  sheet: sheet.title,
  url: 'https://example.org/2024/detection/#fig-funds',
  original: { publisher: 'Senate of the Republic of Kazakhstan', title: 'Plenary session', date: '2024-10-31', url: 'https://example.org/senate' },
};

/** What a reference manager reads from a text, as CSL-JSON. */
const read = (text: string) => new Cite(text).data;

describe('citations', () => {
  it('name the publication, the sheet, its update and the address in plain text', () => {
    expect(citeText(sheet, words)).toBe(
      'Kazakhstan Cybercrime Fact Sheets. “Internet fraud and its detection in 2024”. Last updated <2025-06-01>. https://example.org/2024/detection/',
    );
  });

  it('name a figure with its value and hedge, its sheet and its original source', () => {
    const text = citeText(figure, words);
    expect(text).toContain('“Funds returned, 2024 & 50% of_all {cases} #1: more than ₸1.4 billion «қ»”.');
    expect(text).toContain('In “Internet fraud and its detection in 2024”.');
    expect(text).toContain('Original source: Senate of the Republic of Kazakhstan, “Plenary session”, <2024-10-31>, https://example.org/senate.');
    expect(text.endsWith('#fig-funds')).toBe(true);
  });

  it('write BibTeX that reads back with every character of the title, hedge and currency included', () => {
    const [item] = read(citeBibtex(figure, words));
    expect(item?.title).toBe(figure.title);
    expect(item?.['citation-key']).toBe(figure.key);
    expect(item?.URL).toBe(figure.url);
    expect(item?.issued).toEqual({ 'date-parts': [[2025, 3, 4]] });
    expect(item?.note).toContain('Original source: Senate of the Republic of Kazakhstan');
    // One corporate author, not a family name "Sheets" with given names.
    expect(item?.author).toEqual([{ family: 'Kazakhstan Cybercrime Fact Sheets' }]);
  });

  it('write BibTeX whose braces balance, so one entry cannot swallow the next', () => {
    const text = citeBibtex(figure, words).replace(/\\[{}]/g, '');
    let depth = 0;
    for (const ch of text) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('write CSL-JSON with the sheet as container and the original source as structured fields', () => {
    const [item] = read(citeCsl(figure));
    expect(item).toMatchObject({
      id: figure.key,
      type: 'dataset',
      title: figure.title,
      'container-title': sheet.title,
      URL: figure.url,
      'original-publisher': 'Senate of the Republic of Kazakhstan',
      'original-title': 'Plenary session',
      'original-date': { 'date-parts': [[2024, 10, 31]] },
    });
  });

  it('write RIS as a dataset record from TY to ER', () => {
    const lines = citeRis(figure, words).split('\n');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines.at(-1)).toBe('ER  -');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( .+)?$/);
    expect(lines).toContain(`TI  - ${figure.title}`);
    expect(lines).toContain(`T2  - ${sheet.title}`);
    expect(lines).toContain('DA  - 2025/03/04');
  });

  it('leave out what a sheet citation does not have', () => {
    const all = citations(sheet, words);
    expect(all.bibtex).not.toContain('booktitle');
    expect(all.ris).not.toContain('T2  -');
    expect(JSON.parse(all.csl)[0]).not.toHaveProperty('container-title');
    expect(all.text).not.toContain('Original source');
  });
});
