// Writes a PDF of every fact sheet (dist/2025/detection.pdf) and a booklet of
// each year's sheets (dist/2025/fact-sheets-2025.pdf), printed by Chromium
// from the built pages with the site's own print stylesheet. One browser and
// one page serve every sheet. Dates in the files are fixed (the sheet's last
// update), so two builds of one commit write the same bytes.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFString } from 'pdf-lib';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const ORIGIN = 'http://sheets.local';
const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.pdf': 'application/pdf' };
// A4 less the print stylesheet's side margins (14 mm each), at 96 px per inch.
const PRINT_WIDTH = Math.round(((210 - 28) / 25.4) * 96);

/** The sheets the build wrote, with what their PDFs need from their pages. */
function sheetsIn(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => /^(?:(?:ru|kk)\/)?\d{4}\/[a-z0-9-]+\/index\.html$/.test(f))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      const meta = (name) => unescape(new RegExp(`<meta name="sheet:${name}" content="([^"]*)"`).exec(html)?.[1] ?? '');
      const path = `/${file.replace(/index\.html$/, '')}`;
      // Each edition has its own PDFs and booklets: /2025/…, /ru/2025/…, /kk/2025/….
      const [, edition = '', year = ''] = /^\/(?:(ru|kk)\/)?(\d{4})\//.exec(path) ?? [];
      const lang = /<html lang="([a-z]{2})"/.exec(html)?.[1] ?? 'en';
      return {
        file, path, pdf: `${path.slice(0, -1)}.pdf`, year, prefix: edition ? `/${edition}` : '', lang,
        title: meta('title'), summary: meta('summary'), updated: meta('updated'), order: Number(meta('order')),
        running: meta('running'), onlineAt: meta('online') || 'Online at', pageOf: meta('page-of') || 'Page {page} of {total}', booklet: meta('booklet'),
      };
    });
}

const unescape = (s) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/**
 * Chromium names the structure elements of a tagged PDF after its DOM node
 * counters ("node00002124"), which differ from run to run. They are renamed
 * in their order, so the same sheet gives the same bytes.
 */
function renumberNodeIds(doc) {
  const places = [];
  const visit = (holder, key, value) => {
    if (value instanceof PDFString && /^node\d+$/.test(value.asString())) places.push({ holder, key, id: value.asString() });
    else if (value instanceof PDFArray) value.asArray().forEach((item, i) => visit(value, i, item));
    else if (value instanceof PDFDict) for (const [k, v] of value.entries()) visit(value, k, v);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    visit(null, null, object);
  }
  const ids = [...new Set(places.map((p) => p.id))].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const renamed = new Map(ids.map((id, i) => [id, PDFString.of(`node${String(i + 1).padStart(8, '0')}`)]));
  for (const { holder, key, id } of places) holder?.set(key, renamed.get(id));
}

/** Title, author, subject and fixed dates: the same bytes from one build to the next. */
function stamp(doc, { title, subject, date, site, lang }) {
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor('Kazakhstan Cybercrime Fact Sheets');
  doc.setSubject(subject);
  doc.setKeywords(['Kazakhstan', 'cybercrime', 'fact sheet']);
  doc.setCreator(site);
  doc.setProducer('Kazakhstan Cybercrime Fact Sheets build (Chromium, pdf-lib)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(lang);
}

const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** Chromium's footer template: its own small page, styled inline (it sees no stylesheet). */
function footer(sheet) {
  // The words come from the page (sheet:running, sheet:page-of), so each edition's PDF speaks its language.
  const pageOf = esc(sheet.pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{total}', '<span class="totalPages"></span>');
  return `<div style="font: 8.5px system-ui, sans-serif; color: #444; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between; gap: 4mm;">
    <span>${esc(sheet.running)}</span>
    <span style="white-space: nowrap">${pageOf}</span>
  </div>`;
}

export async function writePdfs(dir, { site }) {
  const started = performance.now();
  const sheets = sheetsIn(dir);
  if (sheets.length === 0) return { count: 0, seconds: 0 };
  const executablePath = ensureChromium() ?? undefined;
  const browser = await chromium.launch({ args: chromiumArgs, executablePath });
  // The page's CSP forbids inline styles; the PDF step's one rule below is the printer's, not the page's.
  const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 1100 }, bypassCSP: true });
  // Pages come straight from the output folder: no server, nothing leaves the machine.
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    let file = join(dir, decodeURIComponent(url.pathname));
    if (url.pathname.endsWith('/')) file = join(file, 'index.html');
    try {
      await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  const written = new Map();
  try {
    for (const sheet of sheets) {
      await page.goto(ORIGIN + sheet.path, { waitUntil: 'load' });
      for (const chart of await page.locator('kz-chart').all()) {
        await chart.scrollIntoViewIfNeeded();
        await page.waitForFunction((el) => el.hasAttribute('data-drawn'), await chart.elementHandle(), { timeout: 10_000 });
      }
      const online = new URL(sheet.path, site).href;
      // The PDF's footer (below) says more than the stylesheet's, which browsers print.
      await page.addStyleTag({ content: '@page { @top-left { content: none } @bottom-left { content: none } @bottom-right { content: none } }' });
      const raw = await page.pdf({
        format: 'A4',
        printBackground: true,
        outline: true,
        tagged: true,
        // Every page of a PDF names the publication, the sheet, its address and date.
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer(sheet),
      });
      const doc = await PDFDocument.load(raw, { updateMetadata: false });
      renumberNodeIds(doc);
      stamp(doc, { title: sheet.title, subject: `${sheet.summary} ${sheet.onlineAt} ${online}`, date: new Date(`${sheet.updated}T00:00:00Z`), site, lang: sheet.lang });
      const bytes = await doc.save({ useObjectStreams: false });
      writeFileSync(join(dir, sheet.pdf), bytes);
      written.set(sheet.pdf, bytes);
    }
  } finally {
    await browser.close();
  }
  // One booklet per year and edition: its sheets in the order of the year's page.
  const years = [...new Set(sheets.map((s) => `${s.prefix}/${s.year}`))];
  for (const edition of years) {
    const ofYear = sheets.filter((s) => `${s.prefix}/${s.year}` === edition).sort((a, b) => a.order - b.order);
    const { year, lang, booklet: bookletTitle } = ofYear[0];
    const booklet = await PDFDocument.create({ updateMetadata: false });
    for (const sheet of ofYear) {
      const doc = await PDFDocument.load(written.get(sheet.pdf));
      for (const p of await booklet.copyPages(doc, doc.getPageIndices())) booklet.addPage(p);
    }
    const latest = ofYear.map((s) => s.updated).sort().at(-1);
    stamp(booklet, { title: bookletTitle || `Fact sheets for ${year}`, subject: `${ofYear.map((s) => s.title).join('; ')}.`, date: new Date(`${latest}T00:00:00Z`), site, lang });
    writeFileSync(join(dir, `${edition}/fact-sheets-${year}.pdf`.replace(/^\//, '')), await booklet.save({ useObjectStreams: false }));
  }
  // Each page that links a PDF says how large it is.
  const kb = (bytes, lang) => `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-KZ`, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} ${lang === 'en' ? 'KB' : 'КБ'}`;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, file);
    const html = readFileSync(path, 'utf8');
    const lang = /<html lang="([a-z]{2})"/.exec(html)?.[1] ?? 'en';
    const next = html.replace(/<span data-pdf-size="([^"]+)"><\/span>/g, (whole, pdf) => {
      try {
        return `<span data-pdf-size="${pdf}">(PDF, ${kb(statSync(join(dir, pdf)).size, lang)})</span>`;
      } catch {
        return whole;
      }
    });
    if (next !== html) writeFileSync(path, next);
  }
  return { count: sheets.length + years.length, seconds: (performance.now() - started) / 1000 };
}
