import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expected, sheets } from './site.ts';
import { drawCharts } from './checkers.ts';

const dist = join(import.meta.dirname, '../dist');
const A4 = { width: 595.92, height: 842.88 };
const read = (url: string) => readFileSync(join(dist, url));
const pdfOf = (sheet: string) => `${sheet.slice(0, -1)}.pdf`;

/** All the text of a PDF, as a reader searching it would find it. */
async function textOf(bytes: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
  }
  return parts.join('').replace(/\s+/g, ' ');
}

/** The addresses a PDF's links open. */
async function linksOf(bytes: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const urls: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    for (const annotation of await (await doc.getPage(i)).getAnnotations()) {
      const url: unknown = annotation.url;
      if (typeof url === 'string') urls.push(url);
    }
  }
  return urls;
}

/**
 * What a PDF holds for charts: its bitmap images, and its drawings that write
 * text. A chart printed as a drawing is one of those (its labels are text); a
 * blank canvas would write none.
 */
function chartMarks(pdf: PDFDocument) {
  const streams = [...pdf.context.enumerateIndirectObjects()].flatMap(([, o]) => (o instanceof PDFRawStream ? [o.dict] : []));
  return {
    images: streams.filter((d) => d.get(PDFName.of('Subtype')) === PDFName.of('Image')).length,
    drawings: streams.filter((d) => d.get(PDFName.of('Subtype')) === PDFName.of('Form') && d.lookupMaybe(PDFName.of('Resources'), PDFDict)?.has(PDFName.of('Font'))).length,
  };
}

for (const sheet of sheets) {
  test(`${pdfOf(sheet)}: A4, at most two pages, every figure and note searchable, fonts embedded, metadata set`, async ({ page }) => {
    const bytes = read(pdfOf(sheet));
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getPageCount()).toBeLessThanOrEqual(2);
    for (const p of pdf.getPages()) {
      expect(p.getWidth()).toBeCloseTo(A4.width, 0);
      expect(p.getHeight()).toBeCloseTo(A4.height, 0);
    }
    await page.goto(sheet);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    expect(pdf.getTitle()).toBe(title);
    expect(pdf.getAuthor()).toBe('Kazakhstan Cybercrime Fact Sheets');
    expect(pdf.getSubject()).toContain(`Online at https://`);
    expect(pdf.getCreationDate()?.toISOString()).toBe(`${await page.locator('time').nth(1).getAttribute('datetime')}T00:00:00.000Z`);

    const text = await textOf(bytes);
    for (const figure of expected[sheet] ?? []) expect(text, `figure ${figure}`).toContain(figure);
    const notes = await page.locator('.footnotes li p').allTextContents();
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const start = note.replace(/^[\s^abc]*\s/, '').replace(/\s+/g, ' ').trim().slice(0, 60);
      expect(text, `note “${start}”`).toContain(start);
    }
    expect(text).toContain(`Online at https://`);
    expect(text).toMatch(/Page 1 of [12]/);

    // A link in the PDF opens what the page's link opens: a page of the published site, or a source's own address.
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
    const elsewhere = new Set(await page.locator('a[href^="http"]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
    const links = await linksOf(bytes);
    expect(links.filter((url) => url.startsWith(`${site}/`)).length, 'links to the site').toBeGreaterThan(0);
    for (const url of links) expect(url.startsWith(`${site}/`) || elsewhere.has(url), url).toBe(true);
    // The sheet was printed from a server on the loopback address: no trace of it is left in the file.
    expect(bytes.includes('127.0.0.1'), 'the print server’s address').toBe(false);

    // Charts print as drawings, not bitmaps: no image in the file, and a drawing for each chart on the page.
    const charts = await page.locator('kz-chart').count();
    const marks = chartMarks(pdf);
    expect(marks.images, 'bitmap images').toBe(0);
    expect(marks.drawings, 'chart drawings with text').toBeGreaterThanOrEqual(charts);

    const descriptors = [...pdf.context.enumerateIndirectObjects()]
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
    expect(descriptors.length).toBeGreaterThan(0);
    for (const d of descriptors) expect(['FontFile', 'FontFile2', 'FontFile3'].some((k) => d.has(PDFName.of(k)))).toBe(true);
  });
}

test('each year’s booklet holds every sheet of that year, in order', async ({ page }) => {
  for (const year of [...new Set(sheets.map((s) => s.split('/')[1] ?? ''))]) {
    const ofYear = sheets.filter((s) => s.startsWith(`/${year}/`));
    const booklet = await PDFDocument.load(read(`/${year}/fact-sheets-${year}.pdf`));
    let pages = 0;
    for (const sheet of ofYear) pages += (await PDFDocument.load(read(pdfOf(sheet)))).getPageCount();
    expect(booklet.getPageCount()).toBe(pages);
    const text = await textOf(read(`/${year}/fact-sheets-${year}.pdf`));
    await page.goto(`/${year}/`);
    const titles = await page.locator('.sheet-card h2').allTextContents();
    expect(titles).toHaveLength(ofYear.length);
    const positions = titles.map((t) => text.indexOf(t.trim()));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  }
});

test('PDF dates are fixed and structure ids renumbered, so a rebuild writes the same bytes', async () => {
  const bytes = read('/2025/detection.pdf').toString('latin1');
  expect(bytes).toContain('/CreationDate (D:20261125000000Z)');
  expect(bytes).not.toMatch(/\/ID \(node0000[1-9]/);
});

test('each sheet page links its PDF with its size, and the year page its booklet', async ({ page, request }) => {
  await page.goto('/2024/detection/');
  const link = page.getByRole('link', { name: 'Download PDF' });
  await expect(link).toHaveAttribute('href', '/2024/detection.pdf');
  const size = read('/2024/detection.pdf').length;
  await expect(page.locator('[data-pdf-size="/2024/detection.pdf"]')).toHaveText(`(PDF, ${Math.round(size / 1024)} KB)`);
  expect((await request.get('/2024/detection.pdf')).headers()['content-type']).toContain('pdf');
  await page.goto('/2025/');
  await expect(page.getByRole('link', { name: 'Download all 2025 sheets as one PDF' })).toHaveAttribute('href', '/2025/fact-sheets-2025.pdf');
  const booklet = read('/2025/fact-sheets-2025.pdf').length;
  await expect(page.locator('[data-pdf-size="/2025/fact-sheets-2025.pdf"]')).toHaveText(`(PDF, ${Math.round(booklet / 1024)} KB)`);
  // In each edition's words, the number held to its unit as in the data downloads' sizes.
  await page.goto('/ru/2024/detection/');
  const ru = read('/ru/2024/detection.pdf').length;
  expect(await page.locator('[data-pdf-size="/ru/2024/detection.pdf"]').textContent()).toBe(`(PDF, ${Math.round(ru / 1024)}\u00a0КБ)`);
});

test.describe('printing from the browser', () => {
  for (const [paper, width] of [['A4', 718], ['US Letter', 739]] as const) {
    test(`on ${paper}, nothing overflows the page and no site navigation shows`, async ({ page }) => {
      await page.setViewportSize({ width, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      for (const sheet of sheets) {
        await page.goto(sheet);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), sheet).toBeLessThanOrEqual(width);
        await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
        await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
        await expect(page.getByRole('link', { name: 'Download PDF' })).toBeHidden();
        await expect(page.locator('.print-masthead')).toContainText('Online at https://');
      }
    });
  }

  test('a chart drawn on the screen prints as a drawing, as Chrome prints it for a reader', async ({ page }) => {
    let charted = 0;
    for (const sheet of sheets) {
      await page.goto(sheet);
      const charts = await (await drawCharts(page)).count();
      if (charts === 0) continue;
      charted++;
      const marks = chartMarks(await PDFDocument.load(await page.pdf({ format: 'A4' })));
      expect(marks.images, `${sheet}: bitmap images`).toBe(0);
      expect(marks.drawings, `${sheet}: chart drawings with text`).toBeGreaterThanOrEqual(charts);
    }
    expect(charted, 'sheets with charts').toBeGreaterThan(0);
  });

  test('a sheet printed on US Letter also fits two pages, each naming the sheet, its address and its page', async ({ page }) => {
    for (const sheet of sheets) {
      await page.goto(sheet);
      for (const chart of await page.locator('kz-chart').all()) await chart.scrollIntoViewIfNeeded();
      const bytes = await page.pdf({ format: 'Letter' });
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount(), sheet).toBeLessThanOrEqual(2);
      const text = await textOf(bytes);
      const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      const address = `https://kz-cybercrime-facts.example.org${sheet}`;
      const pages = pdf.getPageCount();
      // Page 1 has the masthead; later pages the running head; every page its number.
      expect(text.split(address).length - 1, sheet).toBe(pages);
      expect(text).toContain(title);
      expect(text).toContain(`Page ${pages} of ${pages}`);
    }
  });
});
