import { describe, expect, it } from 'vitest';
import { allocationSource, summarizeAllocations } from './alloc-summary.mjs';

const MB = 1048576;
const frame = (url: string, functionName = 'f') => ({ functionName, url, lineNumber: 0, columnNumber: 0, scriptId: '0' });

describe('what a build allocated', () => {
  it('names the source of an allocation by package, compiled chunk, project file, Node or V8', () => {
    expect(allocationSource('file:///x/node_modules/csv-stringify/lib/api/index.js')).toBe('csv-stringify');
    expect(allocationSource('file:///x/node_modules/@astrojs/mdx/dist/index.js')).toBe('@astrojs/mdx');
    expect(allocationSource('file:///x/node_modules/.pnpm/satteri@0.10.5/node_modules/satteri/dist/compile.js')).toBe('satteri');
    expect(allocationSource('file:///tmp/kz-bench/1000/dist/.prerender/chunks/content_DVO-jWkW.mjs')).toBe('chunk content');
    expect(allocationSource('file:///tmp/kz-bench/1000/dist/.prerender/chunks/_topic__BbOiwK_i.mjs')).toBe('chunk _topic_');
    expect(allocationSource('file:///tmp/kz-bench/1000/src/markdown/notes.ts?v=1')).toBe('src/markdown/notes.ts');
    expect(allocationSource('node:internal/encoding')).toBe('Node');
    expect(allocationSource('')).toBe('V8 built-ins');
  });
  it('adds up every sample of the tree, every source, largest first', () => {
    const profile = {
      head: {
        callFrame: frame('', '(root)'),
        selfSize: 0,
        children: [
          { callFrame: frame('file:///p/node_modules/astro/dist/a.js'), selfSize: 3 * MB, children: [{ callFrame: frame(''), selfSize: 1 * MB, children: [] }] },
          { callFrame: frame('file:///p/node_modules/astro/dist/b.js'), selfSize: 2 * MB, children: [] },
          { callFrame: frame('node:internal/url'), selfSize: 0.5 * MB, children: [] },
        ],
      },
      samples: [],
    };
    expect(summarizeAllocations(profile)).toEqual({
      totalMb: 6.5,
      sources: [
        { source: 'astro', mb: 5 },
        { source: 'V8 built-ins', mb: 1 },
        { source: 'Node', mb: 0.5 },
      ],
    });
  });
});
