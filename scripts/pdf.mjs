// Writes a PDF of every fact sheet (dist/2025/detection.pdf) and a booklet of
// each year's sheets (dist/2025/fact-sheets-2025.pdf), in every edition,
// printed by Chromium from the built pages with the site's own print
// stylesheet. What to print, and the words around it, come from the manifest
// the build writes (src/pdf-manifest.ts). Dates in the files are fixed (the
// sheet's last update), so two builds of one commit write the same bytes; and
// a PDF whose inputs (its page, the files the page loads, its manifest record
// and this code) have not changed is copied from the cache instead of printed
// again, so a rebuild after editing one sheet prints one sheet.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFString, ParseSpeeds } from 'pdf-lib';
import { readManifest, sha } from './build-manifest.mjs';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { serveFolder } from './static-server.mjs';

// pdf-lib pauses every hundred objects, so as not to freeze a browser tab; the build has no tab
// to keep responsive, and reading and writing a sheet's PDF at once takes a third of the time.
const READ = { parseSpeed: ParseSpeeds.Fastest };
const WRITE = { useObjectStreams: false, objectsPerTick: Infinity };
// A4 less the print stylesheet's side margins (14 mm each), at 96 px per inch.
const PRINT_WIDTH = Math.round(((210 - 28) / 25.4) * 96);
// Chromium also paints the page for a screen while it prints; a short window paints little.
// Printing lays the page out on A4 whatever the window's height (the same bytes at 1,100 px and 200 px).
const WINDOW_HEIGHT = 200;
/**
 * What a page loads to print itself: its stylesheets and the files named by a
 * `src` (scripts, images). Files it only links to (the feed, the downloads,
 * other pages) do not shape its PDF: the feed changes with every new sheet,
 * and would otherwise print every sheet again.
 */
export function loadedFiles(html) {
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="[^"]*\bstylesheet\b/.test(tag))
    .map((tag) => /\bhref="(\/[^"#?]*)"/.exec(tag)?.[1]);
  const sources = [...html.matchAll(/\bsrc="(\/[^"#?]*)"/g)].map((m) => m[1]);
  return [...new Set([...stylesheets, ...sources].filter((path) => path !== undefined))].sort();
}

/**
 * What shapes a sheet's PDF: its page, the files the page loads (Vite names
 * its own files by their content, so their names suffice; others are read),
 * its manifest record and the code that prints. The same key means the same bytes.
 */
export function sheetKey(dir, sheet, code) {
  // The site's header and footer and the sheet's links to other sheets are not
  // printed (src/styles/print.css): a new year in the header reprints nothing.
  const html = readFileSync(join(dir, sheet.page, 'index.html'), 'utf8')
    .replace(/<header class="site-header">[\s\S]*?<\/header>/, '')
    .replace(/<nav class="sheet-nav"[\s\S]*?<\/nav>/, '')
    .replace(/<footer class="site-footer">[\s\S]*?<\/footer>/, '');
  const assets = loadedFiles(html).map((path) => {
    if (path.startsWith('/_astro/')) return path;
    const file = join(dir, path);
    return existsSync(file) && statSync(file).isFile() ? `${path}:${sha(readFileSync(file))}` : path;
  });
  return sha(code, JSON.stringify(sheet), html, assets.join('\n'));
}

/** Every string in a PDF, with the object and key that hold it, so that it can be replaced. */
function stringsOf(doc) {
  const places = [];
  const visit = (holder, key, value) => {
    if (value instanceof PDFString || value instanceof PDFHexString) places.push({ holder, key, text: value.decodeText() });
    else if (value instanceof PDFArray) value.asArray().forEach((item, i) => visit(value, i, item));
    else if (value instanceof PDFDict) for (const [k, v] of value.entries()) visit(value, k, v);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(null, null, object);
  return places;
}

/**
 * Chromium names the structure elements of a tagged PDF after its DOM node
 * counters ("node00002124"), which differ from run to run. They are renamed
 * in their order, so the same sheet gives the same bytes. And the pages were
 * printed from a local server: their links are given the published address.
 */
function settle(doc, { from, to }) {
  const places = stringsOf(doc);
  const nodes = places.filter((p) => /^node\d+$/.test(p.text));
  const ids = [...new Set(nodes.map((p) => p.text))].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const renamed = new Map(ids.map((id, i) => [id, PDFString.of(`node${String(i + 1).padStart(8, '0')}`)]));
  for (const { holder, key, text } of nodes) holder?.set(key, renamed.get(text));
  for (const { holder, key, text } of places) if (text.startsWith(`${from}/`)) holder?.set(key, PDFString.of(to + text.slice(from.length)));
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
  // The words come from the manifest (running, pageOf), so each edition's PDF speaks its language.
  const pageOf = esc(sheet.pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{total}', '<span class="totalPages"></span>');
  return `<div style="font: 8.5px system-ui, sans-serif; color: #444; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between; gap: 4mm;">
    <span>${esc(sheet.running)}</span>
    <span style="white-space: nowrap">${pageOf}</span>
  </div>`;
}

/**
 * Prints every sheet whose key is not in the cache, on as many pages of one
 * browser as there are cores, then assembles the booklets (also cached), and
 * fills in each page's "(PDF, 101 KB)". Returns what it did.
 */
export async function writePdfs(dir, { site, cacheDir = fileURLToPath(new URL('../.astro/pdf-cache', import.meta.url)), readyWithin = READY_WITHIN }) {
  const started = performance.now();
  const { sheets, booklets } = readManifest(dir).pdf;
  if (sheets.length === 0) return { count: 0, printed: 0, reused: 0, seconds: 0 };
  mkdirSync(cacheDir, { recursive: true });
  const executablePath = ensureChromium() ?? undefined;
  const code = sha(readFileSync(new URL(import.meta.url)), readFileSync(new URL('./static-server.mjs', import.meta.url)), executablePath ?? 'playwright', JSON.parse(readFileSync(new URL('../node_modules/@playwright/test/package.json', import.meta.url), 'utf8')).version, site);
  const cached = (key) => join(cacheDir, `${key}.pdf`);
  const keys = new Map(sheets.map((sheet) => [sheet.pdf, sheetKey(dir, sheet, code)]));
  const todo = sheets.filter((sheet) => !existsSync(cached(keys.get(sheet.pdf))));
  if (todo.length > 0) await print(dir, todo, { site, executablePath, readyWithin, save: (sheet, bytes) => writeFileSync(cached(keys.get(sheet.pdf)), bytes) });
  for (const sheet of sheets) copyFileSync(cached(keys.get(sheet.pdf)), join(dir, sheet.pdf));

  // One booklet per year and edition: its sheets in the order of the year's page.
  const bookletKeys = new Map(booklets.map((b) => [b.pdf, sha(code, JSON.stringify(b), ...b.sheets.map((pdf) => keys.get(pdf) ?? ''))]));
  for (const booklet of booklets) {
    const key = bookletKeys.get(booklet.pdf);
    if (!existsSync(cached(key))) {
      const ofYear = booklet.sheets.map((pdf) => sheets.find((s) => s.pdf === pdf));
      const doc = await PDFDocument.create({ updateMetadata: false });
      for (const pdf of booklet.sheets) {
        const part = await PDFDocument.load(readFileSync(join(dir, pdf)), READ);
        for (const p of await doc.copyPages(part, part.getPageIndices())) doc.addPage(p);
      }
      const latest = ofYear.map((s) => s?.updated ?? '').sort().at(-1);
      stamp(doc, { title: booklet.title, subject: `${ofYear.map((s) => s?.title).join('; ')}.`, date: new Date(`${latest}T00:00:00Z`), site, lang: booklet.lang });
      writeFileSync(cached(key), await doc.save(WRITE));
    }
    copyFileSync(cached(key), join(dir, booklet.pdf));
  }
  // The cache keeps what this build used, and nothing else, so it never grows past one site's PDFs.
  const used = new Set([...keys.values(), ...bookletKeys.values()].map((k) => `${k}.pdf`));
  for (const file of readdirSync(cacheDir)) if (!used.has(file)) rmSync(join(cacheDir, file));

  fillSizes(dir, [...sheets, ...booklets]);
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
  // (src/scripts/kz-chart.ts). One call waits for the charts, the fonts and two frames, so that
  // the charts' last frame is painted however busy the machine, and the same page prints the
  // same bytes; Playwright's waitForFunction would first inject its own script into every page.
  const drawn = page.evaluate(
    (rule) =>
      new Promise((done) => {
        document.head.append(Object.assign(document.createElement('style'), { textContent: rule }));
        const check = () => {
          if ([...document.querySelectorAll('kz-chart')].every((chart) => chart.hasAttribute('data-drawn')))
            void document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
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
  const doc = await PDFDocument.load(raw, { ...READ, updateMetadata: false });
  settle(doc, { from: local, to: new URL(site).origin });
  stamp(doc, { title: sheet.title, subject: sheet.subject, date: new Date(`${sheet.updated}T00:00:00Z`), site, lang: sheet.lang });
  return doc.save(WRITE);
}

/**
 * Each page that links a PDF says how large it is: the manifest names them
 * (a sheet's page its PDF, a year's page its booklet), so no other page is read.
 */
function fillSizes(dir, records) {
  const kb = (bytes, lang) => `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-KZ`, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} ${lang === 'en' ? 'KB' : 'КБ'}`;
  for (const { page, pdf, lang } of records) {
    const path = join(dir, page, 'index.html');
    const html = readFileSync(path, 'utf8');
    const empty = `<span data-pdf-size="${pdf}"></span>`;
    if (!html.includes(empty)) throw new Error(`${page} does not link ${pdf} with a place for its size (<span data-pdf-size="${pdf}">), as the PDF manifest says it does.`);
    writeFileSync(path, html.replace(empty, `<span data-pdf-size="${pdf}">(PDF, ${kb(statSync(join(dir, pdf)).size, lang)})</span>`));
  }
}
