// Builds the site into a fresh folder and puts it in place as dist/ only when
// every step succeeded, so a failed build never leaves a half-published site.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { site } from '../site.config.mjs';
import { MANIFEST } from './build-manifest.mjs';
import { writePdfs } from './pdf.mjs';
import { writeSocialImages } from './social-images.mjs';
import { writeSearchIndex } from './search-index.mjs';

const out = 'dist';
const next = '.build/dist-next';
const old = '.build/dist-old';

rmSync('.build', { recursive: true, force: true });
const started = performance.now();
// The content check first: every problem at once, in the words of `npm run check`,
// before Astro starts (and without a stack trace into the site's code).
mkdirSync('.build', { recursive: true });
const receipt = '.build/content-checked';
const check = spawnSync(process.execPath, ['scripts/check.ts'], { stdio: 'inherit', env: { ...process.env, CONTENT_CHECK_RECEIPT: receipt } });
if (check.status !== 0) {
  console.error(`\nBuild stopped by the content check: nothing was published; ${out}/ is unchanged.`);
  process.exit(check.status ?? 1);
}
// Astro's own run of the check (every page reads it) trusts the one above for the same files.
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', next], { stdio: 'inherit', env: { ...process.env, CONTENT_CHECKED: readFileSync(receipt, 'utf8') } });
if (astro.status !== 0) {
  rmSync('.build', { recursive: true, force: true });
  console.error(`\nBuild failed: nothing was published; ${out}/ is unchanged.`);
  process.exit(astro.status ?? 1);
}
/** Runs one step after Astro's; on failure removes the unfinished site and stops. */
async function step(name, run) {
  try {
    await run();
  } catch (error) {
    rmSync('.build', { recursive: true, force: true });
    console.error(`\n${error instanceof Error ? error.message : error}\nBuild failed in the ${name} step: nothing was published; ${out}/ is unchanged.`);
    process.exit(1);
  }
}
await step('edition 404 pages', async () => {
  // Astro writes src/pages/ru/404.astro as ru/404/index.html; hosts that answer an
  // unknown /ru/… address with the nearest 404 page look for ru/404.html.
  for (const edition of readdirSync(next)) {
    const page = `${next}/${edition}/404/index.html`;
    if (!existsSync(page)) continue;
    renameSync(page, `${next}/${edition}/404.html`);
    rmSync(`${next}/${edition}/404`, { recursive: true });
  }
});
await step('search index', async () => {
  const started = performance.now();
  const pages = await writeSearchIndex(next);
  console.log(`\nSearch index: ${pages.indexed} of ${pages.read} pages (sheets, sources, glossary) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
});
await step('social image', async () => {
  const images = await writeSocialImages(next);
  console.log(`\nSocial images: wrote ${images.count} in ${images.seconds.toFixed(1)} s (${images.rendered} rendered, ${images.reused} reused unchanged).`);
});
await step('PDF', async () => {
  const pdfs = await writePdfs(next, { site });
  console.log(`\nPDF step: wrote ${pdfs.count} PDFs in ${pdfs.seconds.toFixed(1)} s (${pdfs.printed} sheets printed, ${pdfs.reused} reused unchanged).`);
});
// The manifest was for the steps above, not for readers.
rmSync(`${next}/${MANIFEST}`);
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync('.build', { recursive: true, force: true });
console.log(`\nBuilt ${out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
