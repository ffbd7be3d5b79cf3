// `npm run audit`: Lighthouse (mobile preset, the provisioned Chromium) on one
// page of each kind in each edition of the built site, served by `astro
// preview`. Prints the four scores of every page, and fails when accessibility,
// best practices or SEO is under 100, or performance under 100 on text pages
// and under 98 on chart pages (Chart.js is loaded as a chart nears the view).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const PORT = Number(process.env.AUDIT_PORT ?? 4347);
const origin = `http://localhost:${PORT}`;
const dist = 'dist';

/** One page of each kind, read from the built site: the first of each kind in each edition. */
function pagesToAudit() {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.replaceAll('\\', '/').replace(/index\.html$/, '')}`)
    .sort();
  const kinds = new Map();
  for (const path of pages) {
    const [, edition = 'en', rest = '/'] = /^(?:\/(ru|kk))?(\/.*)$/.exec(path) ?? [];
    const chart = readFileSync(join(dist, path, 'index.html'), 'utf8').includes('<kz-chart');
    const kind = `${edition} ${rest.replace(/\d{4}/g, 'YYYY').replace(/\/(topics|YYYY)\/[a-z0-9-]+\//, '/$1/x/').replace(/\/x\/[a-z0-9-]+\//, '/x/y/')}${chart ? ' chart' : ''}`;
    if (!kinds.has(kind)) kinds.set(kind, { path, chart });
  }
  return [...kinds.values()];
}

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(PORT), '--host', 'localhost'], { stdio: 'ignore' });
const chrome = await chromeLauncher.launch({ chromePath: ensureChromium('full') ?? undefined, chromeFlags: ['--headless=new', ...chromiumArgs] });
const failures = [];
try {
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      if (tries > 100) throw new Error(`astro preview did not answer on ${origin}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const pages = pagesToAudit();
  console.log(`Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile preset, ${pages.length} pages (one of each kind in each edition)\n`);
  console.log('performance | accessibility | best practices | SEO | page');
  for (const { path, chart } of pages) {
    const floors = { performance: chart ? 98 : 100, accessibility: 100, 'best-practices': 100, seo: 100 };
    // A page under the bar is run again: it passes when the second run clears the bar, else it is
    // judged by the median of three, as Lighthouse CI judges runs. Performance is timed, and a
    // shared machine's busy moment is not the page's fault; a page that is slow stays slow.
    const runs = [];
    for (let run = 0; run < 3; run++) {
      const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      runs.push(result.lhr);
      if (Object.entries(floors).every(([id, floor]) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100) >= floor)) break;
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)];
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const scores = { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
    const low = Object.entries(scores).filter(([id, s]) => s < floors[id]);
    console.log(`${Object.values(scores).map((s) => String(s).padStart(3)).join(' | ')} | ${path}${chart ? ' (chart)' : ''}${runs.length > 1 ? ` (median of ${runs.length} runs)` : ''}${low.length ? '  ← below the bar' : ''}`);
    for (const [id] of low) {
      // Name what cost the points, so the failure says what to fix.
      const audits = lhr.categories[id].auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
      failures.push(`${path} ${id} ${scores[id]} < ${floors[id]}: ${audits.join(', ')}`);
      console.log(`      ${id}: ${audits.join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (failures.length) {
  console.error(`\n${failures.length} scores below the bar:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nEvery page at or above the bar.');
