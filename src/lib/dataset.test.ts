import { describe, expect, it } from 'vitest';
import { dataset, jsonLd, temporalCoverage } from './dataset.ts';

describe('a sheet as a schema.org Dataset', () => {
  it('covers every figure’s period, from the earliest start to the latest end', () => {
    expect(temporalCoverage([{ start: '2024-01-01', end: '2024-10-31' }, { end: '2024-09' }])).toBe('2024-01-01/2024-10-31');
    expect(temporalCoverage([{ end: '2025-05' }])).toBe('2025-05');
  });
  it('names its downloads, place, licence and sources', () => {
    const d = dataset({
      name: 'N',
      description: 'D',
      url: 'https://x.example/2024/detection/',
      published: '2026-11-25',
      updated: '2026-11-25',
      periods: [{ end: '2024-10-31' }],
      publisher: { name: 'P', url: 'https://x.example/' },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      downloads: [{ url: 'https://x.example/2024/detection.csv', format: 'text/csv' }],
      citations: [{ title: 'T', publisher: 'Senate', date: '2024-10-31' }],
      keywords: ['cybercrime'],
    });
    expect(d).toMatchObject({ '@type': 'Dataset', spatialCoverage: { name: 'Kazakhstan' }, distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv' }] });
  });
  it('cannot close its script element', () => {
    expect(jsonLd({ a: '</script><script>x' })).not.toContain('</script>');
    expect(JSON.parse(jsonLd({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
