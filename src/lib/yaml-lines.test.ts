import { describe, expect, it } from 'vitest';
import { yamlLineFinder } from './yaml-lines.ts';

const text = ['title: A sheet', 'figures:', '  - id: one', '    value: 12', '  - id: two', '    value: "x"', ''].join('\n');

describe('yamlLineFinder', () => {
  it('finds the line of a nested field', () => {
    const lineOf = yamlLineFinder(text);
    expect(lineOf(['title'])).toBe(1);
    expect(lineOf(['figures', 1, 'value'])).toBe(6);
  });
  it('falls back to the nearest parent for a missing field', () => {
    expect(yamlLineFinder(text)(['figures', 0, 'period'])).toBe(3);
  });
  it('shifts lines for frontmatter that starts below a --- line', () => {
    expect(yamlLineFinder(text, 2)(['title'])).toBe(2);
  });
});
