import { describe, expect, it } from 'vitest';
import { excerptEdges } from './excerpt.ts';

const page = 'The anti-fraud center in 2024. More than 5,000 droppers were identified, and their accounts were blocked. Banks returned the money.';

describe('excerptEdges', () => {
  it('marks an excerpt that starts and ends inside sentences', () => {
    expect(excerptEdges('5,000 droppers were identified, and their', page)).toEqual({ before: true, after: true });
  });

  it('leaves the start alone at the start of the page or of a sentence, and the end at a full stop or the page’s end', () => {
    expect(excerptEdges('The anti-fraud center in 2024.', page)).toEqual({ before: false, after: false });
    expect(excerptEdges('More than 5,000 droppers were identified', page)).toEqual({ before: false, after: true });
    expect(excerptEdges('their accounts were blocked.', page)).toEqual({ before: true, after: false });
    expect(excerptEdges('Banks returned the money.', page)).toEqual({ before: false, after: false });
  });

  it('matches across differences in white space, and shows an excerpt it cannot find as it is', () => {
    expect(excerptEdges('5,000\n droppers  were', page)).toEqual({ before: true, after: true });
    expect(excerptEdges('words from another page', page)).toEqual({ before: false, after: false });
    expect(excerptEdges('', page)).toEqual({ before: false, after: false });
  });

  it('knows Russian and Kazakh sentence ends and closing quotes', () => {
    const ru = 'Выявлено более 5 000 дропперов. «Банки вернули деньги».';
    expect(excerptEdges('Банки вернули деньги».', ru)).toEqual({ before: true, after: false });
    expect(excerptEdges('«Банки вернули деньги».', ru)).toEqual({ before: false, after: false });
  });
});
