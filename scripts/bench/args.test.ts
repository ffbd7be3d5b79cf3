import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.mjs';

describe('the bench’s command line', () => {
  it('defaults to 100 and 1,000 sheets, with PDFs, one build of each kind', () => {
    expect(parseArgs([])).toEqual({ sizes: [100, 1000], pdf: true, repeat: 1, alloc: false });
  });
  it('takes sizes in any order, without PDFs, and a number of builds to keep the fastest of', () => {
    expect(parseArgs(['1000', '20', '--no-pdf', '--repeat', '3'])).toEqual({ sizes: [20, 1000], pdf: false, repeat: 3, alloc: false });
    expect(parseArgs(['--repeat=2']).repeat).toBe(2);
  });
  it('counts allocations only when asked to', () => {
    expect(parseArgs(['100', '--alloc']).alloc).toBe(true);
    expect(() => parseArgs(['--allocations'])).toThrow('Unknown argument "--allocations"');
  });
  it('refuses a number of builds it cannot use, saying what it takes', () => {
    expect(() => parseArgs(['--repeat'])).toThrow('--repeat : give a whole number of builds from 1 to 5.');
    expect(() => parseArgs(['--repeat', '0'])).toThrow('give a whole number of builds from 1 to 5');
    expect(() => parseArgs(['--repeat=1.5'])).toThrow('give a whole number of builds from 1 to 5');
  });
  it('refuses a size that does not fill whole years of ten topics', () => {
    expect(() => parseArgs(['15'])).toThrow('15 sheets: a size must be a multiple of 10');
  });
});
