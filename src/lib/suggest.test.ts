import { describe, expect, it } from 'vitest';
import { didYouMean, suggestion } from './suggest.ts';

describe('did you mean', () => {
  it('names the closest key for a slip of the keyboard', () => {
    expect(didYouMean('mia-2025-5', ['mia-2025-05', 'president-2025-01'])).toBe('mia-2025-05');
    expect(didYouMean('sumary', ['summary', 'title'])).toBe('summary');
  });
  it('suggests nothing for a different word', () => {
    expect(didYouMean('weather', ['summary', 'title'])).toBeUndefined();
    expect(didYouMean('Card', ['Fig', 'Chart'])).toBeUndefined();
  });
  it('lists the valid values when nothing is close', () => {
    expect(suggestion('weather', ['detection', 'drug-enforcement'], 'topics')).toBe('the topics are: "detection", "drug-enforcement"');
  });
});
