// The figures a change adds, removes and changes, sheet by sheet:
//   npm run diff                 against the merge base of main
//   npm run diff -- <git-ref>    against any revision
// In GitHub Actions the same table goes to the job summary.
import { appendFileSync } from 'node:fs';
import { diffSheets } from '../src/checks/figure-diff.ts';
import { diffMarkdown, diffText } from '../src/checks/diff-report.ts';
import { checkContent } from '../src/checks/index.ts';
import { readContentFiles } from '../src/checks/read.ts';
import { parseRecords } from '../src/checks/records.ts';
import { metricSchema } from '../src/schemas/metric.ts';
import { defaultBase, readSheetsAt } from './git-content.ts';

try {
  const ref = process.argv[2] ?? defaultBase();
  const name = process.argv[2] ?? `the merge base of main (${ref.slice(0, 10)})`;
  const files = readContentFiles(process.cwd());
  const { sheets } = checkContent(files);
  const head = sheets.flatMap((s) => (s.id && s.data ? [{ id: s.id, file: s.file, data: s.data }] : []));
  const broken = sheets.filter((s) => s.file.endsWith('.mdx') && !s.data).map((s) => s.file);
  const metrics = parseRecords(files.metrics, metricSchema).records;
  const unitOf = (key: string) => metrics.get(key)?.data.unit;
  const diffs = diffSheets(readSheetsAt(ref), head);
  console.log(diffText(diffs, unitOf, name));
  if (broken.length > 0) console.log(`\nNot compared, because they do not pass npm run check: ${broken.join(', ')}`);
  const summary = process.env['GITHUB_STEP_SUMMARY'];
  if (summary) appendFileSync(summary, diffMarkdown(diffs, unitOf, name));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
