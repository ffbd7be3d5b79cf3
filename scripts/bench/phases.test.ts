import { describe, expect, it } from 'vitest';
import { astroPhases, parseDuration } from './phases.mjs';

// The lines of a real `astro build` log (Astro 7, 1,000 sheets), colours off.
const log = `23:37:19 [content] Syncing content
23:37:26 [content] Synced content
23:37:26 [types] Generated 7.65s
23:37:26 [build] output: "static"
23:37:26 [build] Collecting build info...
23:37:26 [build] ✓ Completed in 7.68s.
23:37:26 [build] Building static entrypoints...
23:38:02 [vite] ✓ built in 35.93s
23:38:02 [vite] ✓ built in 431ms
23:38:03 [build] Rearranging server assets...

 generating static routes 
23:38:03   ├─ /404.html (+20ms) 
23:38:34 ✓ Completed in 30.50s.

23:38:34 [build] ✓ Completed in 1m 8s.
23:38:34 [build] 3816 page(s) built in 1m 16s
`;

describe('where an Astro build spent its time', () => {
  it('reads durations as Astro prints them', () => {
    expect(parseDuration('7.65s')).toBe(7.65);
    expect(parseDuration('431ms')).toBe(0.431);
    expect(parseDuration('1m 8s')).toBe(68);
    expect(parseDuration('soon')).toBeUndefined();
  });
  it('finds the sync, the site’s compile and the page generation in the log', () => {
    expect(astroPhases(log)).toEqual({ sync: 7.65, compile: 35.93, pages: 30.5 });
  });
  it('leaves out a step the log does not show, instead of guessing', () => {
    expect(astroPhases('23:38:34 [build] 3816 page(s) built in 1m 16s')).toEqual({ sync: undefined, compile: undefined, pages: undefined });
  });
});
