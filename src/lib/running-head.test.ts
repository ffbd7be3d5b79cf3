import { describe, expect, it } from 'vitest';
import { cssString, runningHead } from './running-head.ts';

describe('running head', () => {
  it('quotes text safely for CSS', () => {
    expect(cssString('A "quoted" \\ word')).toBe('"A \\"quoted\\" \\\\ word"');
  });
  it('puts the text in the top margin of every page', () => {
    expect(runningHead('Fact sheet · 2025')).toContain('@top-left {\n    content: "Fact sheet · 2025";');
  });
});
