// Writes a PDF of every fact sheet (dist/2025/detection.pdf) and a booklet of
// each year's sheets (dist/2025/fact-sheets-2025.pdf), in every edition,
// printed by Chromium from the built pages with the site's own print
// stylesheet. What to print, and the words around it, come from the manifest
// the build writes (src/pdf-manifest.ts). Dates in the files are fixed (the
// sheet's last update), so two builds of one commit write the same bytes; and
// a PDF whose inputs (its page, the files the page loads, its manifest record
// and the code that prints; scripts/pdf-key.mjs) have not changed is copied
// from the cache instead of printed again, so a rebuild after editing one sheet prints one sheet.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { readManifest, sha } from './build-manifest.mjs';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { finishSheet } from './pdf-document.mjs';
import { bindBooklets } from './pdf-booklets.mjs';
import { sheetKey } from './pdf-key.mjs';
import { kilobytes } from '../src/lib/kilobytes.mjs';
import { serveFolder } from './static-server.mjs';

/** The code that shapes a PDF's bytes: a change to any of it prints every sheet again. */
const CODE = ['./pdf.mjs', './pdf-document.mjs', './pdf-booklets.mjs', './static-server.mjs'];

// A4 less the print stylesheet's side margins (14 mm each), at 96 px per inch.
const PRINT_WIDTH = Math.round(((210 - 28) / 25.4) * 96);
// Chromium also paints the page for a screen while it prints; a short window paints little
// (10 px: about 0.01 s a sheet less than 200 px on 2 cores, and 200 px less than 1,100).
// Printing lays the page out on A4 whatever the window's height: the same bytes at 1,100, 200 and 10 px.
const WINDOW_HEIGHT = 10;

const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** Chromium's footer template: its own small page, styled inline (it sees no stylesheet). */
function footer(sheet) {
  // The words come from the manifest (running, pageOf), so each edition's PDF speaks its language.
  const pageOf = esc(sheet.pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{total}', '<span class="totalPages"></span>');
  return `<div style="font: 8.5px system-ui, sans-serif; color: #444; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between; gap: 4mm;">
    <span>${esc(sheet.running)}</span>
    <span style="white-space: nowrap">${pageOf}</span>
  </div>`;
}

/**
 * Prints every sheet whose key is not in the cache, on as many pages of one
 * browser as there are cores, then binds the booklets (also cached) on every
 * core (scripts/pdf-booklets.mjs), and fills in each page's "(PDF, 101 KB)".
 * Returns what it did.
 */
export async function writePdfs(dir, { site, cacheDir = fileURLToPath(new URL('../.astro/pdf-cache', import.meta.url)), readyWithin = READY_WITHIN }) {
  const started = performance.now();
  const { sheets, booklets, sizes } = readManifest(dir).pdf;
  if (sheets.length === 0) return { count: 0, printed: 0, reused: 0, seconds: 0 };
  mkdirSync(cacheDir, { recursive: true });
  const executablePath = ensureChromium() ?? undefined;
  const code = sha(...CODE.map((file) => readFileSync(new URL(file, import.meta.url))), executablePath ?? 'playwright', JSON.parse(readFileSync(new URL('../node_modules/@playwright/test/package.json', import.meta.url), 'utf8')).version, site);
  const cached = (key) => join(cacheDir, `${key}.pdf`);
  const hashes = new Map();
  const keys = new Map(sheets.map((sheet) => [sheet.pdf, sheetKey(dir, sheet, code, hashes)]));
  const todo = sheets.filter((sheet) => !existsSync(cached(keys.get(sheet.pdf))));
  if (todo.length > 0) await print(dir, todo, { site, executablePath, readyWithin, save: (sheet, bytes) => writeFileSync(cached(keys.get(sheet.pdf)), bytes) });
  for (const sheet of sheets) copyFileSync(cached(keys.get(sheet.pdf)), join(dir, sheet.pdf));

  // One booklet per year and edition: its sheets in the order of the year's page.
  const byPdf = new Map(sheets.map((sheet) => [sheet.pdf, sheet]));
  const bookletKeys = new Map(booklets.map((b) => [b.pdf, sha(code, JSON.stringify(b), ...b.sheets.map((pdf) => keys.get(pdf) ?? ''))]));
  const bookletFile = (booklet) => cached(bookletKeys.get(booklet.pdf));
  const unbound = booklets.filter((booklet) => !existsSync(bookletFile(booklet)));
  await bindBooklets(
    unbound.map((booklet) => ({ parts: booklet.sheets.map((pdf) => join(dir, pdf)), booklet, ofYear: booklet.sheets.flatMap((pdf) => byPdf.get(pdf) ?? []), out: bookletFile(booklet) })),
    { site },
  );
  for (const booklet of booklets) copyFileSync(bookletFile(booklet), join(dir, booklet.pdf));
  // The cache keeps what this build used, and nothing else, so it never grows past one site's PDFs.
  const used = new Set([...keys.values(), ...bookletKeys.values()].map((k) => `${k}.pdf`));
  for (const file of readdirSync(cacheDir)) if (!used.has(file)) rmSync(join(cacheDir, file));

  fillSizes(dir, [...sheets, ...booklets], sizes);
  return { count: sheets.length + booklets.length, printed: todo.length, reused: sheets.length - todo.length, seconds: (performance.now() - started) / 1000 };
}

/** How long a page may take to draw its charts and load its fonts. */
const READY_WITHIN = 10_000;

/** What the PDF's own footer replaces: the stylesheet's running head, which browsers print. */
const PRINTER_RULE = '@page { @top-left { content: none } @bottom-left { content: none } @bottom-right { content: none } }';

/** Prints sheets on parallel pages of one browser, each page taking the next sheet in turn. */
async function print(dir, sheets, { site, executablePath, readyWithin, save }) {
  const server = await serveFolder(dir);
  // Nothing leaves the machine: every host name but the local server's address fails to resolve.
  const browser = await chromium.launch({ args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'], executablePath });
  try {
    const queue = [...sheets];
    const worker = async () => {
      // The page's CSP forbids inline styles; the PDF step's one rule is the printer's, not the page's.
      // A context of its own per page, so that no page prints as a background tab.
      const page = await (await browser.newContext({ viewport: { width: PRINT_WIDTH, height: WINDOW_HEIGHT }, bypassCSP: true })).newPage();
      await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
      for (let sheet = queue.shift(); sheet; sheet = queue.shift()) save(sheet, await printOne(page, sheet, { site, local: server.origin, readyWithin }));
      await page.context().close();
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), sheets.length)) }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
}

async function printOne(page, sheet, { site, local, readyWithin }) {
  await page.goto(`${local}${sheet.page}`, { waitUntil: 'load' });
  // The page opens in print media, so every chart draws at once, without being scrolled to
  // (src/scripts/kz-chart.ts). One call waits for the charts, the fonts and, on a page with
  // charts, two frames, so that the charts' last frame is painted however busy the machine, and
  // the same page prints the same bytes; Playwright's waitForFunction would first inject its own
  // script into every page. A page without charts prints the same bytes without waiting for
  // frames, and waiting costs Chromium a paint of each (about 0.01 s a sheet on 2 cores).
  const drawn = page.evaluate(
    (rule) =>
      new Promise((done) => {
        document.head.append(Object.assign(document.createElement('style'), { textContent: rule }));
        const charts = [...document.querySelectorAll('kz-chart')];
        const after = (frames) => (frames === 0 ? done(true) : requestAnimationFrame(() => after(frames - 1)));
        const check = () => {
          if (charts.every((chart) => chart.hasAttribute('data-drawn'))) void document.fonts.ready.then(() => after(charts.length > 0 ? 2 : 0));
          else setTimeout(check, 10);
        };
        check();
      }),
    PRINTER_RULE,
  );
  // Timed here, not in the page, so that a page that stops answering fails the step too.
  let timer;
  const late = new Promise((done) => (timer = setTimeout(() => done(false), readyWithin)));
  const ready = await Promise.race([drawn, late]).finally(() => clearTimeout(timer));
  if (!ready) throw new Error(`${sheet.page}: its charts and fonts were not ready within ${readyWithin / 1000} s, so its PDF (${sheet.pdf}) was not printed.`);
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
  return finishSheet(raw, sheet, { local, site });
}

/**
 * Each page that links a PDF says how large it is: the manifest names them
 * (a sheet's page its PDF, a year's page its booklet), so no other page is read.
 */
function fillSizes(dir, records, sizes) {
  for (const { page, pdf, lang } of records) {
    const words = sizes?.[lang];
    if (!words) throw new Error(`The PDF manifest gives no words for the size of a PDF in the edition "${lang}" (src/pdf-manifest.ts).`);
    const path = join(dir, page, 'index.html');
    const html = readFileSync(path, 'utf8');
    const empty = `<span data-pdf-size="${pdf}"></span>`;
    if (!html.includes(empty)) throw new Error(`${page} does not link ${pdf} with a place for its size (<span data-pdf-size="${pdf}">), as the PDF manifest says it does.`);
    const size = words.template.replace('{size}', kilobytes(statSync(join(dir, pdf)).size, words.locales, words.unit));
    writeFileSync(path, html.replace(empty, `<span data-pdf-size="${pdf}">${esc(size)}</span>`));
  }
}
