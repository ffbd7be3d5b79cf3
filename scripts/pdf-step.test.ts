import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePdfs } from './pdf.mjs';

/**
 * The PDF step on a built site of its own: one page and the manifest record
 * the Astro build would write for it. The pages come from a local server;
 * what a reader gets must not show it.
 */
const site = 'https://facts.example.org';
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function builtSite(pages: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'pdf-step-'));
  const dist = join(root, 'dist');
  for (const [page, body] of Object.entries(pages)) {
    mkdirSync(join(dist, page), { recursive: true });
    writeFileSync(join(dist, page, 'index.html'), `<!doctype html><html lang="en"><head><title>${page}</title></head><body><main>${body}</main></body></html>`);
  }
  const sheets = Object.keys(pages).map((page) => ({
    page,
    pdf: `${page.slice(0, -1)}.pdf`,
    lang: 'en',
    title: `Sheet ${page}`,
    subject: 'A sheet.',
    updated: '2026-11-25',
    running: `Fact sheets · ${page}`,
    pageOf: 'Page {page} of {total}',
  }));
  // The edition's words for a PDF's size, as src/pdf-manifest.ts gives them; a test's own, to tell them from the step's.
  const sizes = { en: { locales: ['en-GB'], unit: 'kilobytes', template: '[PDF of {size}]' } };
  writeFileSync(join(dist, 'build-manifest.json'), JSON.stringify({ pdf: { sheets, booklets: [], sizes } }));
  return dist;
}

describe('the PDF step', () => {
  it('prints a sheet whose links open the published site, and writes its size beside its link', async () => {
    const dist = builtSite({ '/2025/detection/': '<h1>Detection</h1><p>See <a href="/sources/">the sources</a>.</p><a href="/2025/detection.pdf">PDF</a> <span data-pdf-size="/2025/detection.pdf"></span>' });
    const result = await writePdfs(dist, { site, cacheDir: join(root, 'cache') });
    expect(result).toMatchObject({ count: 1, printed: 1, reused: 0 });
    const pdf = readFileSync(join(dist, '2025/detection.pdf')).toString('latin1');
    expect(pdf).toContain(`/URI (${site}/sources/)`);
    expect(pdf).not.toContain('127.0.0.1');
    // In the manifest's words for the edition, the number held to its unit by a no-break space.
    expect(readFileSync(join(dist, '2025/detection/index.html'), 'utf8')).toMatch(/<span data-pdf-size="\/2025\/detection.pdf">\[PDF of \d+\u00a0kilobytes\]<\/span>/);
  }, 30_000);

  it('stops, naming the sheet, when a chart on its page never draws', async () => {
    // A chart element whose script the page never loads: it is never drawn.
    const dist = builtSite({ '/2025/stuck/': '<h1>Stuck</h1><kz-chart></kz-chart><span data-pdf-size="/2025/stuck.pdf"></span>' });
    await expect(writePdfs(dist, { site, cacheDir: join(root, 'cache'), readyWithin: 500 })).rejects.toThrow('/2025/stuck/: its charts and fonts were not ready within 0.5 s, so its PDF (/2025/stuck.pdf) was not printed.');
  }, 30_000);
});
