import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Breaks a copy of the project in the ways editors do and runs the real build
 * on it: each must fail, say where and what, and leave the published site as
 * it was.
 */
const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Edit = (dir: string) => void;
const edit = (file: string, change: (text: string) => string): Edit => (dir) => {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
};

async function buildBroken(...edits: Edit[]) {
  const dir = mkdtempSync(join(tmpdir(), 'sheets-bad-'));
  made.push(dir);
  for (const item of ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'site.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), 'the site as published before');
  edits.forEach((e) => e(dir));
  const result = await run(process.execPath, ['scripts/build.mjs'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );
  const kept = existsSync(join(dir, 'dist/index.html')) && readFileSync(join(dir, 'dist/index.html'), 'utf8') === 'the site as published before';
  return { ...result, kept };
}

const sheet = 'content/entries/2025/detection.mdx';
const cases: [string, Edit[], RegExp[]][] = [
  ['a missing field', [edit(sheet, (t) => t.replace(/^period: .*\n/m, ''))], [/content\/entries\/2025\/detection\.mdx \(field period\): expected string, found nothing/]],
  ['a mistyped field', [edit(sheet, (t) => t.replace(/^summary:/m, 'sumary:'))], [/content\/entries\/2025\/detection\.mdx:6 \(field \): unknown field "sumary"|detection\.mdx:\d+.*unknown field "sumary"/]],
  ['an unknown topic', [edit(sheet, (t) => t.replace('topic: detection', 'topic: detections'))], [/detection\.mdx \(field topic\): expected "detection", the file's name, found "detections"/]],
  ['an unknown source key', [edit(sheet, (t) => t.replace('source: president-2025-01', 'source: president-2025'))], [/detection\.mdx \(field figures\.2\.source\): expected a key of content\/sources\.yaml/]],
  ['an unknown metric key', [edit(sheet, (t) => t.replace('metric: internet-fraud-unsolved-share', 'metric: unsolved'))], [/detection\.mdx \(field figures\.3\.metric\): expected a key of content\/metrics\.yaml, found "unsolved"/]],
  ['a duplicate figure id', [edit(sheet, (t) => t.replace('- id: detection-rate-2024', '- id: detection-rate-q1-2025'))], [/detection\.mdx:\d+ \(field figures\.1\.id\): duplicate figure id "detection-rate-q1-2025"/]],
  ['a year that does not match the folder', [edit(sheet, (t) => t.replace('year: 2025', 'year: 2024'))], [/detection\.mdx \(field year\): expected 2025, the year of the folder/]],
  ['a value that is not a number', [edit(sheet, (t) => t.replace('value: 38.9', 'value: 38.9%'))], [/detection\.mdx:\d+ \(field figures\.0\.value\): expected a number/, /found "38\.9%"/]],
  ['a percentage above 100', [edit(sheet, (t) => t.replace('value: 38.9', 'value: 389'))], [/detection\.mdx \(field figures\.0\.value\): expected a percentage between 0 and 100/]],
  ['a date not in ISO form', [edit(sheet, (t) => t.replace('published: 2026-11-25', 'published: 25.11.2026'))], [/detection\.mdx:7 \(field published\): expected an ISO date such as 2025-05-20, found "25\.11\.2026"/]],
  ['broken YAML in frontmatter', [edit(sheet, (t) => t.replace('title: Cybercrime detection in 2025', 'title: Cybercrime: detection in 2025'))], [/content\/entries\/2025\/detection\.mdx:\d+: expected frontmatter in valid YAML/]],
  ['broken YAML in a data file', [edit('content/metrics.yaml', (t) => t.replace('  unit: count\n', '  unit: [count\n'))], [/content\/metrics\.yaml:\d+:\d+: expected valid YAML/]],
  ['an unclosed component', [edit(sheet, (t) => t.replace('<Fig id="detection-rate-2024"/>', '<Fig id="detection-rate-2024">'))], [/Expected a closing tag for `<Fig>`/, /content\/entries\/2025\/detection\.mdx:\d+/]],
  ['an unknown citation key', [edit(sheet, (t) => t.replace('[@president-2025-01]', '[@president-2025]'))], [/unknown citation key \[@president-2025\]/, /content\/entries\/2025\/detection\.mdx:\d+:\d+/]],
  ['a figure id in prose that the sheet does not define', [edit(sheet, (t) => t.replace('<Fig id="fraud-unsolved-share"/>', '<Fig id="unsolved"/>'))], [/<Fig id="unsolved"\/> names no figure of this sheet/, /detection\.mdx:\d+:\d+/]],
  ['an empty file', [edit(sheet, () => '')], [/content\/entries\/2025\/detection\.mdx:1: expected frontmatter between two --- lines/]],
  ['a duplicate source key', [edit('content/sources.yaml', (t) => `${t}\nmia-2025-05:\n  title: Again\n`)], [/content\/sources\.yaml:\d+:1: expected valid YAML, found a key used twice/]],
  ['a chart that names an unknown figure', [edit(sheet, (t) => t.replace('      - figure: detection-rate-2024', '      - figure: detection-rate-2023'))], [/detection\.mdx:\d+ \(field charts\.0\.bars\.0\.figure\): "detection-rate-2023" names no figure of this sheet/]],
  ['a chart that mixes units', [edit(sheet, (t) => t.replace('      - figure: detection-rate-2024', '      - figure: fraud-cases-per-year'))], [/detection\.mdx \(field charts\): chart "detection-rate" mixes units \(fraud-cases-per-year: count, detection-rate-q1-2025: percent\)/]],
  ['a chart in prose that the sheet does not declare', [edit(sheet, (t) => t.replace('<Chart id="detection-rate"/>', '<Chart id="rates"/>'))], [/<Chart id="rates"\/> names no chart of this sheet/, /detection\.mdx:\d+:\d+/]],
  ['an import in a sheet', [edit(sheet, (t) => `${t}\nimport data from '../../../src/content.ts';\n`)], [/`import` and `export` are not allowed in a fact sheet/, /detection\.mdx:\d+/]],
];

describe('the build refuses bad content', { timeout: 120_000 }, () => {
  it.concurrent.each(cases)('%s', async (_, edits, messages) => {
    const { code, output, kept } = await buildBroken(...edits);
    expect(code, output).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
    expect(output).toContain('nothing was published');
    expect(kept, 'dist/ must be left as it was').toBe(true);
  });

  it('publishes when nothing is wrong, and says how long the PDFs took', async () => {
    const { code, output, kept } = await buildBroken();
    expect(code, output).toBe(0);
    expect(kept).toBe(false);
    expect(output).toMatch(/PDF step: wrote 10 PDFs in \d+\.\d s\./);
  });

  it('writes the same bytes twice from the same sources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sheets-twice-'));
    made.push(dir);
    for (const item of ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'site.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, item), join(dir, item), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const build = () => run(process.execPath, ['scripts/build.mjs'], { cwd: dir });
    const snapshot = () => {
      const files = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).sort();
      return new Map(files.filter((f) => statSync(join(dir, 'dist', f)).isFile()).map((f) => [f, readFileSync(join(dir, 'dist', f)).toString('base64')]));
    };
    await build();
    const first = snapshot();
    await build();
    const second = snapshot();
    expect([...first.keys()]).toEqual([...second.keys()]);
    expect([...first].filter(([file, bytes]) => second.get(file) !== bytes).map(([file]) => file)).toEqual([]);
    expect([...first.keys()].filter((f) => f.endsWith('.pdf'))).toHaveLength(10);
  });
});
