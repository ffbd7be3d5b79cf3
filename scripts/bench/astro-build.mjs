// One `astro build` of a folder, timed from outside by GNU time: wall seconds,
// the peak resident memory of the build process (%M, in KB) and the CPU seconds
// it used (%U user + %S system), which a busy shared machine moves less than
// the wall time. The build
// runs on the Node that runs the benchmark (Node 24 under `npm run bench`).
import { closeSync, existsSync, lstatSync, openSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError, tail } from './errors.mjs';
import { countPages } from './html-pages.mjs';
import { astroPhases } from './phases.mjs';
import { discard } from './trash.mjs';

const TIME = '/usr/bin/time';

/**
 * Where a build of `dir` keeps Node's compile cache. Astro's command line
 * turns that cache on outside CI, and by default it lives in the system's
 * temporary folder, shared by every build: a build of a corpus built before
 * would load the compiled code of its pages, Astro and Vite instead of
 * compiling them, as no first build does. In Astro's folder, it goes with
 * the other caches when a build is made cold, and a warm rebuild keeps it.
 */
export const compileCacheOf = (dir) => join(dir, '.astro', 'node-compile-cache');

/**
 * Removes what would make a build warm: the output, Astro's folder (with
 * the configured caches, cacheDir ./.astro/cache and Vite's ./.astro/vite,
 * and Node's compile cache) and node_modules/.vite. The output and Astro's
 * folder go to the trash (trash.mjs), so that the build timed next does not
 * pay for deleting them.
 * The copies' node_modules is a symlink to the project's, whose .vite
 * folder holds other tools' caches (Vitest's) that are not the copy's to
 * delete: both configs keep Vite's cache in .astro/ instead, so it goes
 * here with the rest.
 * @param {string} dir
 * @param {string} [trash] a trash folder of its own (the tests'); by default the bench's
 */
export function makeCold(dir, trash) {
  for (const folder of ['dist', '.astro']) discard(join(dir, folder), trash);
  const modules = join(dir, 'node_modules');
  if (existsSync(modules) && !lstatSync(modules).isSymbolicLink()) rmSync(join(modules, '.vite'), { recursive: true, force: true });
}

/**
 * Builds `dir` and returns { seconds, peakMb, cpuSeconds, phases, pages, sheetPages, log },
 * and with `alloc` what its main thread allocated (alloc-probe.mjs).
 * Astro's output goes to a log file beside the build; on failure its tail
 * is shown and the benchmark stops.
 */
export function astroBuild(dir, { label, cold = true, log = 'astro-build.log', alloc = false }) {
  if (!existsSync(TIME)) throw new BenchError(`${TIME} is needed to measure builds (Debian: apt-get install time).`);
  if (cold) makeCold(dir);
  const logFile = join(dir, log);
  const timeFile = join(dir, `${log}.time`);
  const allocFile = join(dir, `${log}.alloc.json`);
  rmSync(allocFile, { force: true });
  const probe = alloc ? ['--import', fileURLToPath(new URL('./alloc-probe.mjs', import.meta.url))] : [];
  const out = openSync(logFile, 'w');
  let result;
  try {
    result = spawnSync(TIME, ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, ...probe, 'node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      stdio: ['ignore', out, out],
      env: buildEnv(dir, alloc ? allocFile : undefined),
    });
  } finally {
    closeSync(out);
  }
  if (result.error) throw new BenchError(`${label}: could not start the build (${result.error.message}) in ${dir}`);
  if (result.status !== 0) {
    const how = result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    throw new BenchError(`${label} failed (${how}). Last lines of ${logFile}:\n\n${tail(logFile, 40, { file: true })}\n\nThe corpus is left in ${dir} to look into.`);
  }
  // GNU time writes its line last; a line before it would be a warning of its own.
  const figures = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  const [seconds, kb, user, system] = figures;
  if (figures.length !== 4 || !figures.every(Number.isFinite)) throw new BenchError(`${label}: could not read the time, memory and CPU time from ${timeFile}`);
  return { seconds, peakMb: kb / 1024, cpuSeconds: user + system, phases: astroPhases(readFileSync(logFile, 'utf8')), ...countPages(join(dir, 'dist')), log: logFile, ...(alloc ? { alloc: readAllocations(allocFile, label) } : {}) };
}

/**
 * The environment of a build of `dir`: plain log lines (read by people and
 * by tail(), not a terminal), Node's compile cache in the corpus's own
 * folder, and where the allocation probe writes, when there is one.
 */
export function buildEnv(dir, allocFile, env = process.env) {
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', NODE_COMPILE_CACHE: compileCacheOf(dir), ...(allocFile ? { KZ_BENCH_ALLOC_OUT: allocFile } : {}) };
}

/** The probe's summary, or a stop that says why there is none. */
function readAllocations(file, label) {
  if (!existsSync(file)) throw new BenchError(`${label}: the allocation probe wrote no summary (${file}); was the build's Node started with --import?`);
  const summary = JSON.parse(readFileSync(file, 'utf8'));
  if (summary.error) throw new BenchError(`${label}: V8's heap profiler failed: ${summary.error}`);
  return summary;
}
