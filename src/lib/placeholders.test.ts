import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholderIds } from './placeholders.ts';

describe('summary placeholders', () => {
  it('lists the figure ids a summary quotes', () => {
    expect(placeholderIds('Of {cases} cases, {solved} were solved.')).toEqual(['cases', 'solved']);
  });
  it('puts each formatted figure in its place', () => {
    const values: Record<string, string> = { cases: '15,905', solved: 'only 3,286' };
    expect(fillPlaceholders('Of {cases} cases, {solved} were solved.', (id) => values[id])).toBe('Of 15,905 cases, only 3,286 were solved.');
  });
  it('leaves text without placeholders alone', () => {
    expect(fillPlaceholders('No figures here.', () => 'x')).toBe('No figures here.');
  });
});
