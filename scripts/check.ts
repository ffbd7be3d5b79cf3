// The content checks, without building pages:
//   npm run check                     every problem of the content folder
//   npm run check -- --base <ref>     also refuse changed published figures without a correction
// Prints `file:line:column  rule  message`; as GitHub annotations too when GITHUB_ACTIONS is set.
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/checks/index.ts';
import { contentFingerprint, readContentFiles } from '../src/checks/read.ts';
import { writeFileSync } from 'node:fs';
import { formatCheckLine, problemText, sortProblems, type Problem } from '../src/lib/problem.ts';

const started = performance.now();
const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args[baseAt + 1] : undefined;
if (baseAt >= 0 && !base) {
  console.error('Usage: npm run check -- --base <git-ref>   for example: npm run check -- --base origin/main');
  process.exit(2);
}

const files = readContentFiles(process.cwd());
const { problems, sheets, translations } = checkContent(files);
const all: Problem[] = [...problems];
if (base) {
  const { correctionProblems } = await import('../src/checks/corrections.ts');
  const { readSheetsAt } = await import('./git-content.ts');
  all.push(...correctionProblems(readSheetsAt(base), sheets, base));
}
all.splice(0, all.length, ...sortProblems(all));

for (const p of all) console.log(formatCheckLine(p));
if (process.env['GITHUB_ACTIONS']) for (const p of all) console.log(annotation(p));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const counted = `${sheets.length} sheet${sheets.length === 1 ? '' : 's'}, ${translations.length} translation${translations.length === 1 ? '' : 's'} and 4 data files`;
if (all.length === 0) {
  console.log(`✓ content check: ${counted}, no problems (${seconds} s)`);
  // For npm run build: the Astro build it starts next need not check these same files again.
  const receipt = process.env['CONTENT_CHECK_RECEIPT'];
  if (receipt) writeFileSync(receipt, contentFingerprint(files));
} else {
  console.log(`\n✗ content check: ${all.length} problem${all.length === 1 ? '' : 's'} in ${new Set(all.map((p) => p.file)).size} file(s) of ${counted} (${seconds} s)`);
  process.exitCode = 1;
}

/** A GitHub workflow command, so that each problem shows on its line of the pull request's diff. */
function annotation(p: Problem): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const text = `${problemText(p)}${p.hint ? `\nHint: ${p.hint}` : ''}`;
  return `::error file=${prop(p.file)},line=${p.line ?? 1},col=${p.column ?? 1},title=${prop(p.rule ?? 'content')}::${escape(text)}`;
}
