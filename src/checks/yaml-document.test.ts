import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readFrontmatter } from './yaml-document.ts';

const words = { expected: 'frontmatter in valid YAML', duplicate: 'a field written twice', duplicateHint: 'keep one of the two' };

describe('readFrontmatter', () => {
  it('reads a frontmatter to the same value as the `yaml` package: dates stay text, numbers are numbers', () => {
    const text = [
      'title: "Cybercrime: detection in 2025"',
      'year: 2025',
      'published: 2026-11-25',
      'figures:',
      '  - id: rate-q1',
      '    value: 38.9',
      "    period: { label: 'January–March 2025', start: 2025-01-01, end: 2025-03-31 }",
      '    key: true',
      '    note: ~',
    ].join('\n');
    const { fields, problems } = readFrontmatter('x.mdx', text, words, 2);
    expect(problems).toEqual([]);
    expect(fields).toEqual(parseDocument(text).toJS());
    expect(fields).toMatchObject({ published: '2026-11-25', year: 2025 });
  });

  it('reports a field written twice at the second, below the --- line', () => {
    const { fields, problems } = readFrontmatter('x.mdx', 'title: A\nyear: 2025\ntitle: B', words, 2);
    expect(fields).toEqual({});
    expect(problems).toEqual([expect.objectContaining({ rule: 'duplicate-key', file: 'x.mdx', line: 4, found: 'a field written twice', hint: 'keep one of the two' })]);
  });

  it('reports a syntax error where the `yaml` package places it', () => {
    const { problems } = readFrontmatter('x.mdx', 'year: 2025\ntitle: Cybercrime: detection', words, 2);
    expect(problems).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 3, expected: 'frontmatter in valid YAML' })]);
  });

  it('reports an alias to no anchor, which the `yaml` package parses and only fails to read later, at its place', () => {
    expect(parseDocument('a: &x 1\nb: *y').errors).toEqual([]);
    const { fields, problems } = readFrontmatter('x.mdx', 'a: &x 1\nb: *y', words, 2);
    expect(fields).toEqual({});
    expect(problems).toEqual([expect.objectContaining({ rule: 'yaml-syntax', file: 'x.mdx', line: 3, column: 6, found: expect.stringContaining('unidentified alias') })]);
  });
});

describe('the parser the content check reads frontmatter with', () => {
  it('is the major version of js-yaml that Astro itself reads frontmatter with', () => {
    const require = createRequire(import.meta.url);
    const ours: unknown = require('js-yaml/package.json');
    const astros: unknown = require('astro/package.json');
    const version = ours !== null && typeof ours === 'object' && 'version' in ours ? String(ours.version) : '';
    const range = astros !== null && typeof astros === 'object' && 'dependencies' in astros && astros.dependencies !== null && typeof astros.dependencies === 'object' && 'js-yaml' in astros.dependencies ? String(astros.dependencies['js-yaml']) : '';
    // A caret range such as ^4.3.2 names its major first.
    expect(version.split('.')[0], `js-yaml ${version} beside Astro's ${range}: hold js-yaml back (scripts/outdated.mjs) until Astro moves`).toBe(range.replace(/^\D*/, '').split('.')[0]);
  });
});
