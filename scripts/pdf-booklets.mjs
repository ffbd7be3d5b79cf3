// Binds the years' booklets (scripts/pdf-document.mjs) on every core. They are
// bound once every sheet is printed, when Chromium has finished with the
// processor, and each one reads and copies its sheets' PDFs: at 1,000 sheets,
// 300 booklets took 11.6 s on one thread, while the second core waited.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { bindBooklet } from './pdf-document.mjs';

/**
 * @typedef {{ parts: string[], booklet: { pdf: string, title: string, lang: string }, ofYear: { title: string, updated: string }[], out: string }} BookletJob
 * `parts`: the sheets' PDF files in the booklet's order; `out`: the file to write.
 */

/** Binds each job's booklet into its `out` file, on up to `threads` threads; fails naming the booklet. */
export async function bindBooklets(jobs, { site, threads = availableParallelism() }) {
  const count = Math.min(Math.max(1, threads), jobs.length);
  // One thread: no worker to start (a worker loads pdf-lib again, about 0.1 s).
  if (count <= 1) return bindAll(jobs, site);
  await Promise.all(
    Array.from({ length: count }, (_, w) => {
      const share = jobs.filter((_, i) => i % count === w);
      return new Promise((done, fail) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { jobs: share, site } });
        worker.once('message', (message) => (message.error ? fail(new Error(message.error)) : done()));
        worker.once('error', fail);
        worker.once('exit', (code) => (code === 0 ? done() : fail(new Error(`A thread binding booklets stopped with exit code ${code}.`))));
      });
    }),
  );
}

/** @param {BookletJob[]} jobs @param {string} site */
async function bindAll(jobs, site) {
  for (const { parts, booklet, ofYear, out } of jobs) {
    try {
      writeFileSync(out, await bindBooklet(parts.map((file) => readFileSync(file)), booklet, ofYear, site));
    } catch (error) {
      throw new Error(`The booklet ${booklet.pdf} could not be bound: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  bindAll(workerData.jobs, workerData.site).then(
    () => port.postMessage({}),
    (error) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
