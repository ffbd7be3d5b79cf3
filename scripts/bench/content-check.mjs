// The project's content check on the corpus (`node scripts/check.ts`, as
// `npm run check` runs it), timed from the command line as an editor waits
// for it. A corpus with any problem is not one the project would build, so
// the benchmark stops there and says which folder to look at.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { BenchError, tail } from './errors.mjs';

export function contentCheck(dir) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', GITHUB_ACTIONS: '' },
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0 || !/no problems/.test(output)) {
    throw new BenchError(`The content check found problems in the generated corpus (a bug of scripts/bench/). Last lines:\n\n${tail(output, 30)}\n\nThe corpus is left in ${dir}; run \`node scripts/check.ts\` there to see them all.`);
  }
  const summary = output.trim().split('\n').at(-1);
  // The check times itself, without the time Node takes to start: "… no problems (0.92 s)".
  const own = Number(/\(([\d.]+) s\)\s*$/.exec(summary)?.[1]);
  return { seconds, checking: Number.isFinite(own) ? own : undefined, summary };
}
