import { describe, expect, it } from 'vitest';
import { majorsBehind } from './outdated.mjs';

describe('majorsBehind', () => {
  const outdated = {
    astro: { current: '7.3.5', wanted: '7.3.5', latest: '8.0.0' },
    vitest: { current: '5.1.1', wanted: '5.1.2', latest: '5.2.0' },
    typescript: { current: '6.0.3', wanted: '6.0.3', latest: '7.0.2' },
    // The registry's "latest" tag can sit below what the project uses: not behind.
    '@astrojs/mdx': { current: '8.0.2', wanted: '8.0.2', latest: '5.0.1' },
  };

  it('names a dependency a major version behind, with both versions', () => {
    expect(majorsBehind(outdated, {})).toEqual(['astro 7.3.5 → 8.0.0', 'typescript 6.0.3 → 7.0.2']);
  });

  it('leaves out minor updates and the majors held back on purpose', () => {
    expect(majorsBehind(outdated, { typescript: 'a reason' })).toEqual(['astro 7.3.5 → 8.0.0']);
  });
});
