import { describe, expect, it } from 'vitest';
import { parseBody } from '../checks/mdx-body.ts';
import { bodyProblems, unsafeUrl } from './body-rules.ts';

const parse = (mdx: string) => {
  const parsed = parseBody(mdx);
  if ('error' in parsed) throw new Error(parsed.error.reason);
  return parsed.tree;
};
const rules = (mdx: string) =>
  bodyProblems(parse(mdx), { figureIds: ['rate'], chartIds: ['rates'], sourceKeys: new Set(['mia-2025-05']) }).map((p) => `${p.place?.start.line}:${p.rule}`);

describe('a sheet body may not run code or mislead readers', () => {
  it.each([
    ['an import', 'Text.\n\nimport x from "y"', '3:no-import-export'],
    ['an export', 'export const a = 1', '1:no-import-export'],
    ['a JavaScript expression', 'Two is {1 + 1}.', '1:no-expression'],
    ['an expression in an attribute', '<Fig id={"rate"}/>', '1:no-expression'],
    ['a spread of attributes', '<Fig {...props}/>', '1:no-expression'],
    ['a <script>', '<script>alert(1)</script>', '1:raw-html'],
    ['an <iframe>', '<iframe src="https://example.org"/>', '1:raw-html'],
    ['a <style>', '<style>{"body{display:none}"}</style>', '1:raw-html'],
    ['other raw HTML', 'A <span class="x">word</span>.', '1:raw-html'],
    ['an anchor with a javascript: address', '<a href="javascript:alert(1)">x</a>', '1:raw-html'],
    ['an event handler on a component', '<Fig id="rate" onClick="alert(1)"/>', '1:no-event-handler'],
    ['a component that is not the publication’s', '<Tabs/>', '1:unknown-component'],
    ['a javascript: link', '[x](javascript:alert(1))', '1:unsafe-link'],
    ['a javascript: link hidden by case and a tab', '[x](<JaVa\tScRiPt:alert(1)>)', '1:unsafe-link'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', '1:unsafe-link'],
    ['a data: image', '![x](data:image/svg+xml,<svg/>)', '1:unsafe-link'],
    ['a javascript: link definition', 'See [the report][r].\n\n[r]: javascript:alert(1)', '3:unsafe-link'],
    ['a plain http: address', 'See [x](http://example.org).', '1:unsafe-link'],
    ['a www. autolink, which becomes http:', 'See www.example.org today.', '1:unsafe-link'],
    ['an address on another site without a scheme', '[x](//evil.example/)', '1:unsafe-link'],
  ])('refuses %s', (_, mdx, expected) => {
    expect(rules(mdx)).toContain(expected);
  });

  it('accepts https:, mailto: and addresses within the site, components with literal attributes, and MDX comments', () => {
    expect(rules('See [a](https://example.org), [b](mailto:desk@example.org), [c](/sources/#mia-2025-05), [d](#notes) and {/* a comment */} <Fig id="rate"/> <Chart id="rates"/>.')).toEqual([]);
  });

  it('points at the unknown key itself in a citation of several sources', () => {
    const problems = bodyProblems(parse('Both [@mia-2025-05; @mia-2025-5].'), { sourceKeys: new Set(['mia-2025-05']) });
    expect(problems.map((p) => `${p.place?.start.line}:${p.place?.start.column} ${p.rule}`)).toEqual(['1:21 unknown-citation']);
  });

  it('treats a URL that merely contains a colon later on as relative', () => {
    expect(unsafeUrl('/search/?q=a:b')).toBeUndefined();
    expect(unsafeUrl('javascript:void(0)')).toBe('a link to a javascript: address');
  });
});
