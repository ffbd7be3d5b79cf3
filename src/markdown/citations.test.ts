import { describe, expect, it } from 'vitest';
import { contentDir, renderSheet } from './pipeline.test-helper.ts';

const refs = (html: string) => [...html.matchAll(/data-footnote-ref[^>]*>(\d+)<\/a>/g)].map((m) => m[1]);

describe('citations', () => {
  it('numbers sources by first use and keeps the number of a source cited again', async () => {
    const html = await renderSheet('First [@senate-2024-10-31]. Second [@mia-2025-05]. Again [@senate-2024-10-31].');
    expect(refs(html)).toEqual(['1', '2', '1']);
  });

  it('writes each note from the sources file: publisher, title, date', async () => {
    const html = await renderSheet('Rate [@mia-2025-05].');
    expect(html).toContain('Ministry of Internal Affairs, “Cybercrime detection reached almost 39%”, May 2025.');
    expect(html).toContain('href="/sources/#mia-2025-05"');
    // Printed notes give the record's full address.
    expect(html).toContain('data-href="https://sheets.example/sources/#mia-2025-05"');
  });

  it('puts explanatory footnotes in the same numbered list', async () => {
    const html = await renderSheet('A [@mia-2025-05] and a note[^n] and [@senate-2024-10-31].\n\n[^n]: An explanation.');
    expect(refs(html)).toEqual(['1', '2', '3']);
    expect(html.match(/<li id=/g)).toHaveLength(3);
    expect(html).toContain('An explanation.');
  });

  it('accepts several keys in one citation', async () => {
    const html = await renderSheet('Both [@mia-2025-05; @senate-2024-10-31].');
    expect(refs(html)).toEqual(['1', '2']);
  });

  it('links each note back to every place that cites it, as ^ a b', async () => {
    const html = await renderSheet('One [@mia-2025-05]. Two [@mia-2025-05].');
    const note = /<li id="detection-2025-fn-cite-mia-2025-05">([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '';
    expect(note).toContain('^ <a href="#detection-2025-fnref-cite-mia-2025-05" class="backref" aria-label="Back to citation a">a</a>');
    expect(note).toContain('<a href="#detection-2025-fnref-cite-mia-2025-05-2" class="backref" aria-label="Back to citation b">b</a>');
    expect(html).toContain('id="detection-2025-fnref-cite-mia-2025-05-2"');
  });

  it('letters the back-links in the alphabet of a translation, and numbers them past its last letter', async () => {
    const path = `${contentDir}/translations/ru/2025/detection.mdx`;
    const twice = await renderSheet('Раз [@mia-2025-05]. Два [@mia-2025-05].', { path });
    expect(twice).toMatch(/class="backref" aria-label="Back to citation а">а<\/a> <a [^>]*class="backref" aria-label="Back to citation б">б<\/a>/);
    const often = await renderSheet('1 [@mia-2025-05]. 2 [@mia-2025-05]. 3 [@mia-2025-05]. 4 [@mia-2025-05].', { path });
    expect(often).toMatch(/>в<\/a> <a [^>]*>4<\/a>/);
  });

  it('links a note cited once back with a single ^', async () => {
    const html = await renderSheet('One [@mia-2025-05].');
    expect(html).toMatch(/<a href="#detection-2025-fnref-cite-mia-2025-05" class="backref" aria-label="Back to citation">\^<\/a>/);
  });

  it('gives every reference a preview of its note, named as its description', async () => {
    const html = await renderSheet('One [@mia-2025-05].');
    expect(html).toContain('aria-describedby="detection-2025-fnref-cite-mia-2025-05-preview"');
    expect(html).toMatch(/<span id="detection-2025-fnref-cite-mia-2025-05-preview" role="tooltip" class="note-preview">Ministry of Internal Affairs, “Cybercrime detection reached almost 39%”, May 2025\.<\/span>/);
  });

  it('gives a reference inside a note its preview too', async () => {
    const html = await renderSheet('Text[^a].\n\n[^a]: See also[^b].\n\n[^b]: Other.');
    expect(html).toContain('<sup class="note-ref"><a href="#detection-2025-fn-b" id="detection-2025-fnref-b" data-footnote-ref aria-describedby="detection-2025-fnref-b-preview">2</a><span id="detection-2025-fnref-b-preview" role="tooltip" class="note-preview">Other.</span></sup>');
    expect(html).not.toContain('aria-describedby="footnote-label"');
  });

  it('previews a note by its words alone, without the numbers of the references in it', async () => {
    const html = await renderSheet('Text[^a].\n\n[^a]: See "also"[^b] and [@mia-2025-05].\n\n[^b]: Other.');
    expect(html).toContain('<span id="detection-2025-fnref-a-preview" role="tooltip" class="note-preview">See “also” and.</span>');
    // The note's own references are numbered after the text's, in the order they are read.
    expect(refs(html)).toEqual(['1', '2', '3']);
  });

  it('leaves out a note nothing refers to, and lists the notes after the text', async () => {
    const html = await renderSheet('[^unused]: Never cited.\n\nText[^n].\n\n[^n]: Cited.');
    expect(html).not.toContain('Never cited');
    expect(html).toMatch(/^<p>Text<sup[\s\S]*<\/p>\n<section data-footnotes class="footnotes">[\s\S]*Cited\.<\/p>\n<\/li>\n<\/ol>\n<\/section>$/);
  });

  it('hugs the word before it', async () => {
    expect(await renderSheet('solved [@mia-2025-05].')).toMatch(/solved<sup/);
  });

  it('prefixes ids with the sheet, so two sheets can share a page', async () => {
    const a = await renderSheet('One [@mia-2025-05].', { path: '/site/content/entries/2025/detection.mdx' });
    const b = await renderSheet('One [@mia-2025-05].', { path: '/site/content/entries/2024/detection.mdx' });
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
  });

  it('leaves a key with no source as typed, for the content check to refuse with its line', async () => {
    const html = await renderSheet('A claim [@mia-2025-06]. Another [@mia-2025-05].');
    expect(html).toContain('A claim [@mia-2025-06].');
    expect(refs(html)).toEqual(['1']);
  });

  it('hands its notes to the notes plugin, and without one puts them in the text, where GFM lists them', async () => {
    const text = 'First [@senate-2024-10-31]. Second [@mia-2025-05].';
    const listed = await renderSheet(text);
    expect(listed.match(/Only 20% disclosed/g)).toHaveLength(2);
    const alone = await renderSheet(text, { notes: false });
    expect(refs(alone)).toEqual(['1', '2']);
    expect(alone).toMatch(/<section[^>]*data-footnotes[\s\S]*Senate, “Only 20% disclosed”[\s\S]*Ministry of Internal Affairs/);
  });
});
