// Writes each sheet's social image (dist/2025/detection/social.png, and in
// every edition) from the build manifest, outside Astro's one-page-at-a-time
// route generation: the images missing from the cache are rendered by one
// process per core, and an image whose words and renderer are unchanged is
// copied from the cache, so a rebuild renders only what changed.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest, sha } from './build-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** What shapes every image besides its words: the renderer, its settings and the libraries and fonts it draws with. */
const rendererKey = () =>
  sha(
    readFileSync(join(root, 'src/lib/social-image.ts')),
    readFileSync(join(root, 'src/publication.ts')),
    ...['satori', '@resvg/resvg-js', '@fontsource/noto-sans'].map(version),
  );

export async function writeSocialImages(dir, { cacheDir = join(root, '.astro/social-cache') } = {}) {
  const started = performance.now();
  const { social } = readManifest(dir);
  mkdirSync(cacheDir, { recursive: true });
  const renderer = rendererKey();
  const jobs = social.map(({ png, input }) => ({ png, input, cached: join(cacheDir, `${sha(renderer, JSON.stringify(input))}.png`) }));
  const todo = jobs.filter((job) => !existsSync(job.cached));
  const shards = Math.max(1, Math.min(availableParallelism(), Math.ceil(todo.length / 8)));
  await Promise.all(Array.from({ length: todo.length ? shards : 0 }, (_, i) => render(todo.filter((_, j) => j % shards === i), `${cacheDir}/jobs-${i}.json`)));
  for (const job of jobs) {
    mkdirSync(dirname(join(dir, job.png)), { recursive: true });
    copyFileSync(job.cached, join(dir, job.png));
  }
  // The cache keeps this build's images and nothing else.
  const used = new Set(jobs.map((job) => job.cached.slice(cacheDir.length + 1)));
  for (const file of readdirSync(cacheDir)) if (!used.has(file)) rmSync(join(cacheDir, file));
  return { count: jobs.length, rendered: todo.length, reused: jobs.length - todo.length, seconds: (performance.now() - started) / 1000 };
}

/** One renderer process (scripts/social-render.ts, run by Node, which strips its types) for a share of the images. */
function render(jobs, file) {
  writeFileSync(file, JSON.stringify(jobs.map(({ input, cached }) => ({ input, out: cached }))));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/social-render.ts'), file], { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(file, { force: true });
      if (code === 0) resolve();
      else reject(new Error(`Rendering social images failed:\n${errors.trim()}`));
    });
  });
}
