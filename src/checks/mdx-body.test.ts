import { describe, expect, it } from 'vitest';
import { parseBody } from './mdx-body.ts';

const errorOf = (body: string) => {
  const parsed = parseBody(body);
  if (!('error' in parsed)) throw new Error(`expected ${JSON.stringify(body)} not to parse`);
  return parsed.error;
};

describe('reading a sheet’s body', () => {
  it('reads MDX as the build does: components, GFM tables and footnotes, comments', () => {
    const parsed = parseBody('Rate <Fig id="rate"/>.[^n] {/* note */}\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[^n]: A note.\n');
    expect('tree' in parsed && parsed.tree.children.map((c) => c.type)).toEqual(['paragraph', 'table', 'footnoteDefinition']);
  });

  it('reads a --- at the start of a body as a rule: the frontmatter is already cut off', () => {
    const parsed = parseBody('---\n\nText.\n');
    expect('tree' in parsed && parsed.tree.children.map((c) => c.type)).toEqual(['thematicBreak', 'paragraph']);
  });

  it('says where it stops, without the parser’s rule name, and what the editor most likely did', () => {
    expect(errorOf('Para.\n\nRate <Fig id="rate">.')).toEqual({
      reason: 'Expected a closing tag for `<Fig>` (3:6) before the end of `paragraph`',
      line: 3,
      column: 6,
      hint: 'close the component in its own tag: <Fig id="…"/>, with the slash',
    });
    expect(errorOf('Rate <Fig id=“rate”/>.')).toMatchObject({ line: 1, hint: expect.stringContaining('straight quotes') });
    expect(errorOf('Text.\n\nA {brace')).toMatchObject({ line: 3, hint: expect.stringContaining('write \\{ for a brace') });
  });
});
