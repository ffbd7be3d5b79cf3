import { describe, expect, it } from 'vitest';
import { oncePerBuild } from './once-per-build.ts';

describe('work shared by the pages of a build', () => {
  it('is done once in a build, however many pages ask', async () => {
    let made = 0;
    const years = oncePerBuild(async () => ++made, false);
    expect(await Promise.all([years(), years(), years()])).toEqual([1, 1, 1]);
    expect(made).toBe(1);
  });

  it('is done again for each request in dev, where content changes', async () => {
    let made = 0;
    const years = oncePerBuild(async () => ++made, true);
    expect([await years(), await years()]).toEqual([1, 2]);
  });
});
