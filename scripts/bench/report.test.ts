import { describe, expect, it } from 'vitest';
import { fastest, marginal, median, roundRatios, roundsText } from './report.mjs';

describe('the bench’s figures', () => {
  it('keeps the fastest of repeated builds, with its own memory', () => {
    const builds = [
      { seconds: 35.5, peakMb: 1413, pages: 3000 },
      { seconds: 26.5, peakMb: 1411, pages: 3000 },
      { seconds: 30.1, peakMb: 1390, pages: 3000 },
    ];
    expect(fastest(builds)).toEqual({ seconds: 26.5, peakMb: 1411, pages: 3000 });
  });
  it('takes the middle of an odd number of values and the mean of the middle two of an even one', () => {
    expect(median([1.63, 1.22, 1.31])).toBe(1.31);
    expect(median([1.4, 1.2])).toBeCloseTo(1.3, 10);
    expect(() => median([])).toThrow('median of no values');
  });
  it('compares the builds of each round, not the fastest of each from different rounds', () => {
    const projects = [{ seconds: 49.8 }, { seconds: 51.6 }, { seconds: 60.0 }];
    const bares = [{ seconds: 37.8 }, { seconds: 41.9 }, { seconds: 40.0 }];
    const { ratios, median: middle } = roundRatios(projects, bares);
    expect(ratios.map((r: number) => Number(r.toFixed(2)))).toEqual([1.32, 1.23, 1.5]);
    expect(middle).toBeCloseTo(49.8 / 37.8, 10);
    expect(roundsText({ ratios, median: middle })).toBe('1.32×, 1.23×, 1.50× (median 1.32×)');
    expect(() => roundRatios(projects, bares.slice(1))).toThrow('rounds need as many project builds as bare ones (3 and 2)');
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
