// `npm run bench -- [sheets …] [--no-pdf] [--repeat N] [--alloc]`: how the build scales with the
// number of sheets. For each size (default 100 and 1000 English sheets, each
// in three editions) it generates a corpus from the real sheets, builds it
// cold with the project and with a bare Astro + MDX baseline, times the
// search index, the PDFs (cold, then warm after a one-sentence edit) and
// reads the page-weight report; then prints a Markdown table of everything.
// A benchmark, not a test: it prints figures and fails only when a step does.
import { parseArgs } from './args.mjs';
import { benchSize } from './bench-size.mjs';
import { BenchError } from './errors.mjs';
import { describeMachine } from './machine.mjs';
import { benchRoot } from './paths.mjs';
import { markdownTable, printMarginal } from './report.mjs';
import { emptyTrash } from './trash.mjs';

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

// Recorded before the first build, so the load average is the machine's, not the benchmark's.
const machine = describeMachine();
console.log(`Benchmark: ${options.sizes.join(', ')} sheets${options.pdf ? '' : ', without PDFs'}${options.repeat > 1 ? `, each Astro build ${options.repeat} times` : ''}${options.alloc ? ', allocations counted' : ''}; ${machine.cpus}, Node ${machine.node}, load ${machine.load}`);

const results = [];
try {
  for (const sheets of options.sizes) results.push(await benchSize(sheets, options));
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  console.error(`\nBenchmark stopped: ${error.message}`);
  emptyTrash();
  process.exit(1);
}

printMarginal(results);
console.log('\n## Build benchmark\n');
console.log(markdownTable(results, machine, options));
// What the run threw away is deleted only now that nothing is timed (trash.mjs).
emptyTrash();
// Left in place to look into (logs, dist/); the next run of a size replaces its folder.
console.log(`\nThe corpora, their logs and builds are in ${benchRoot}/<sheets>/ (remove the folder when done).`);
