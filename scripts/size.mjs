// Weight budget: prints what each kind of page downloads (JavaScript, and
// HTML + CSS), gzip and brotli, and fails when a page breaks the budget:
//   - a page with a chart ships at most 60 KB of JavaScript (gzip), Chart.js included;
//   - a sheet without a chart ships at most 2 KB (its copy buttons);
//   - the search page ships at most the search budget, Pagefind's own files included;
//   - any other page ships no JavaScript at all;
//   - any page's HTML + CSS stays under 14 KB (gzip), one round trip's worth.
// Usage: npm run size (after npm run build).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = 'dist';
const KB = 1024;
const BUDGET = { chartJs: 60 * KB, sheetJs: 2 * KB, searchJs: 40 * KB, htmlCss: 14 * KB };

const PAGEFIND_SCRIPTS = ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js'];

/** What JavaScript a page may ship, by the interactive parts it has. */
function jsBudget(text) {
  if (text.includes('<kz-chart')) return { budget: BUDGET.chartJs, what: 'a page with a chart' };
  if (text.includes('<kz-search')) return { budget: BUDGET.searchJs, what: 'the search page' };
  if (text.includes('<kz-copy')) return { budget: BUDGET.sheetJs, what: 'a sheet without a chart' };
  return { budget: 0, what: 'a page without charts, copy buttons or search' };
}

if (!existsSync(dist)) {
  console.error('No dist/ folder: run npm run build first.');
  process.exit(1);
}
// `astro build` alone writes no search index; the search page's weight includes Pagefind's files.
const missing = PAGEFIND_SCRIPTS.filter((file) => !existsSync(join(dist, file)));
if (missing.length > 0) {
  console.error(`No ${missing.map((f) => `dist${f}`).join(' or ')}: the search page's weight includes them; build with npm run build, which writes the search index.`);
  process.exit(1);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
// Pages share their stylesheets and scripts: each is compressed once, not once a page (thousands of pages).
const shared = new Map();
const sizesOf = (key, bytes) => {
  if (!shared.has(key)) {
    const buf = bytes();
    shared.set(key, buf.length ? { gz: gz(buf), br: br(buf) } : { gz: 0, br: 0 });
  }
  return shared.get(key);
};
const read = (url) => readFileSync(join(dist, url));

/** A script and everything it imports, statically or lazily: all the JavaScript a page can fetch. */
function scriptClosure(url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = read(url).toString();
  for (const [, spec] of code.matchAll(/(?:import\s*\(\s*|from\s*|import\s*)["'`]([^"'`]+\.js)["'`]/g)) {
    if (spec.startsWith('.') || spec.startsWith('/')) scriptClosure(spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec), seen);
  }
  return seen;
}

/** The kind of a page, in its edition: "fact sheet", "ru fact sheet", "kk topic". */
function kindOf(fullPath) {
  const edition = /^\/(ru|kk)(\/.*)$/.exec(fullPath);
  return edition ? `${edition[1]} ${kindIn(edition[2])}` : kindIn(fullPath);
}

function kindIn(path) {
  if (path === '/') return 'home';
  if (path === '/404') return '404';
  if (/^\/\d{4}\/$/.test(path)) return 'year';
  if (/^\/\d{4}\/[^/]+\/$/.test(path)) return 'fact sheet';
  if (path === '/topics/') return 'topic index';
  if (/^\/topics\/[^/]+\/$/.test(path)) return 'topic';
  if (/^\/topics\/[^/]+\/[^/]+\/$/.test(path)) return 'metric';
  return path.replaceAll('/', '') || path;
}

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/${f.replaceAll('\\', '/')}`);

const failures = [];
const rows = new Map();
for (const file of pages) {
  const path = file.replace(/index\.html$/, '').replace(/\.html$/, '');
  const html = read(file);
  const text = html.toString();
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+\.css)"/g)].map((m) => sizesOf(m[1], () => read(m[1])));
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].length;
  const scripts = new Set();
  for (const [, src] of text.matchAll(/<script[^>]+src="([^"]+)"/g)) scriptClosure(src, scripts);
  // The search element imports Pagefind by address at run time, where no bundler sees it; count it and its worker.
  if (text.includes('<kz-search')) for (const file of PAGEFIND_SCRIPTS) scripts.add(file);
  const inlineScripts = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)].length;
  const js = sizesOf([...scripts].sort().join(' '), () => Buffer.concat([...scripts].map(read)));
  const hasChart = text.includes('<kz-chart');
  const sizes = { path, hasChart, jsGz: js.gz, jsBr: js.br, htmlCssGz: gz(html) + css.reduce((n, c) => n + c.gz, 0), htmlCssBr: br(html) + css.reduce((n, c) => n + c.br, 0) };
  if (inlineScripts > 0) failures.push(`${path}: ${inlineScripts} inline script(s); scripts must be files (strict CSP)`);
  if (inlineCss > 0) failures.push(`${path}: inline <style>; styles must be files`);
  const allowed = jsBudget(text);
  if (sizes.jsGz > allowed.budget) failures.push(`${path}: ${kb(sizes.jsGz)} of JavaScript (gzip); ${allowed.what} may ship ${kb(allowed.budget)}`);
  if (sizes.htmlCssGz > BUDGET.htmlCss) failures.push(`${path}: HTML + CSS ${kb(sizes.htmlCssGz)} (gzip), budget ${kb(BUDGET.htmlCss)}`);
  const kind = `${kindOf(path)}${hasChart ? ' (chart)' : ''}`;
  const worst = rows.get(kind);
  if (!worst || sizes.jsGz + sizes.htmlCssGz > worst.jsGz + worst.htmlCssGz) rows.set(kind, { ...sizes, count: (worst?.count ?? 0) + 1 });
  else worst.count += 1;
}

function kb(n) {
  return `${(n / KB).toFixed(1)} KB`;
}

console.log('Largest page of each kind (gzip / brotli):\n');
console.log(['kind', 'pages', 'largest', 'JS gzip', 'JS brotli', 'HTML+CSS gzip', 'HTML+CSS brotli'].join(' | '));
for (const [kind, r] of [...rows].sort()) {
  console.log([kind, r.count, r.path, kb(r.jsGz), kb(r.jsBr), kb(r.htmlCssGz), kb(r.htmlCssBr)].join(' | '));
}
console.log(`\nBudgets (gzip): JS ≤ ${kb(BUDGET.chartJs)} on chart pages, ≤ ${kb(BUDGET.sheetJs)} on other sheets, ≤ ${kb(BUDGET.searchJs)} on the search page, 0 elsewhere; every page HTML + CSS ≤ ${kb(BUDGET.htmlCss)}.`);
if (failures.length > 0) {
  console.error(`\nOver budget:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`All ${pages.length} pages within budget.`);
