// Loaded into one Astro build with `node --import` when the benchmark runs
// with --alloc: V8's sampling heap profiler counts everything the build's main
// thread allocates, objects already collected included, and when the process
// exits the summary (alloc-summary.mjs) is written to the file
// KZ_BENCH_ALLOC_OUT names. The in-process inspector answers synchronously,
// which an exit handler needs. The profiler slows the build, so the builds
// it watches are not the timed ones.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { summarizeAllocations } from './alloc-summary.mjs';

const out = process.env['KZ_BENCH_ALLOC_OUT'];
if (out) {
  const session = new Session();
  session.connect();
  // One sample every 64 KB on average: enough for totals in gigabytes, at a small cost.
  session.post('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  process.on('exit', () => {
    session.post('HeapProfiler.stopSampling', (error, result) => {
      writeFileSync(out, JSON.stringify(error ? { error: error.message } : summarizeAllocations(result.profile)));
    });
  });
}
