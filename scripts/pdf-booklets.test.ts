import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { bindBooklets } from './pdf-booklets.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kz-booklets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sheet's PDF of `pages` pages, written to `name`. */
async function sheetPdf(name: string, pages: number): Promise<string> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  const file = join(dir, name);
  writeFileSync(file, await doc.save());
  return file;
}

const SITE = 'https://kz-cybercrime-facts.example.org/';
const year = (lang: string, parts: string[], out: string) => ({
  parts,
  booklet: { pdf: `/${lang}/2025/fact-sheets-2025.pdf`, title: `Fact sheets 2025 (${lang})`, lang },
  ofYear: [
    { title: 'Detection', updated: '2025-06-01' },
    { title: 'Fraud', updated: '2025-07-15' },
  ],
  out: join(dir, out),
});

describe('binding the booklets', () => {
  it('binds the same bytes on several threads as on one, each booklet with all its sheets’ pages in order', async () => {
    const parts = [await sheetPdf('a.pdf', 2), await sheetPdf('b.pdf', 1)];
    const jobs = (suffix: string) => ['en', 'ru', 'kk'].map((lang) => year(lang, lang === 'ru' ? [...parts].reverse() : parts, `${lang}-${suffix}.pdf`));
    await bindBooklets(jobs('one'), { site: SITE, threads: 1 });
    await bindBooklets(jobs('two'), { site: SITE, threads: 2 });
    for (const lang of ['en', 'ru', 'kk']) {
      const one = readFileSync(join(dir, `${lang}-one.pdf`));
      expect(readFileSync(join(dir, `${lang}-two.pdf`)).equals(one)).toBe(true);
      const booklet = await PDFDocument.load(one);
      expect(booklet.getPageCount()).toBe(3);
      expect(booklet.getTitle()).toBe(`Fact sheets 2025 (${lang})`);
    }
  });

  it('fails naming the booklet whose sheet is not a PDF, on a thread of its own too', async () => {
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, 'not a PDF');
    const good = await sheetPdf('c.pdf', 1);
    const jobs = [year('en', [good], 'en-ok.pdf'), year('kk', [broken], 'kk-broken.pdf')];
    await expect(bindBooklets(jobs, { site: SITE, threads: 2 })).rejects.toThrow('The booklet /kk/2025/fact-sheets-2025.pdf could not be bound');
    await expect(bindBooklets(jobs, { site: SITE, threads: 1 })).rejects.toThrow('The booklet /kk/2025/fact-sheets-2025.pdf could not be bound');
  });
});
