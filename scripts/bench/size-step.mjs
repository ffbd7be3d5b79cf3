// Page weight: the project's own report (scripts/size.mjs) run in the
// corpus, read back for the largest page and the verdict. Over budget is a
// result to print, not a failure of the benchmark; a report that cannot be
// read is.
import { spawnSync } from 'node:child_process';
import { BenchError, tail } from './errors.mjs';

/** "12.3 KB" → 12.3 */
const kb = (text) => Number(/([\d.]+)\s*KB/.exec(text)?.[1] ?? NaN);

export function pageWeight(dir) {
  const run = spawnSync(process.execPath, ['scripts/size.mjs'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, FORCE_COLOR: '0' } });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const within = /All \d+ pages within budget/.test(output);
  const over = /Over budget:/.test(output);
  if (!within && !over) {
    throw new BenchError(`scripts/size.mjs gave no verdict (exit code ${run.status}). Last lines:\n\n${tail(output, 30)}\n\nThe corpus is left in ${dir}.`);
  }
  // Rows: kind | pages | largest | JS gzip | JS brotli | HTML+CSS gzip | HTML+CSS brotli.
  // The report names, for each kind of page, its heaviest page (JS + HTML + CSS);
  // the largest HTML + CSS among those is taken as the site's largest.
  const rows = (run.stdout ?? '')
    .split('\n')
    .map((line) => line.split(' | '))
    .filter((cells) => cells.length === 7 && cells[0] !== 'kind')
    .map(([kind, , path, , , htmlCssGz]) => ({ kind, path, htmlCssKb: kb(htmlCssGz) }));
  const largest = rows.reduce((a, b) => (b.htmlCssKb > (a?.htmlCssKb ?? -1) ? b : a), undefined);
  const failures = output.split('\n').filter((line) => line.startsWith('- ')).length;
  return { within, failures, largest, lastLines: tail(output, 4) };
}
