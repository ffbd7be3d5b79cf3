import { describe, expect, it } from 'vitest';
import { fastest, marginal } from './report.mjs';

describe('the bench’s figures', () => {
  it('keeps the fastest of repeated builds, with its own memory', () => {
    const builds = [
      { seconds: 35.5, peakMb: 1413, pages: 3000 },
      { seconds: 26.5, peakMb: 1411, pages: 3000 },
      { seconds: 30.1, peakMb: 1390, pages: 3000 },
    ];
    expect(fastest(builds)).toEqual({ seconds: 26.5, peakMb: 1411, pages: 3000 });
  });
  it('prices one more page between two sizes, leaving out what every build pays once', () => {
    const results = [
      { sheets: 100, project: { seconds: 12.2, pages: 381 } },
      { sheets: 1000, project: { seconds: 78.4, pages: 3816 } },
    ];
    const cost = marginal(results, (r: (typeof results)[number]) => r.project).get(1000);
    expect(cost?.from).toBe(100);
    expect(cost?.ms).toBeCloseTo(19.27, 2);
  });
});
