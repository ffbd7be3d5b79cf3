import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, edit, exec, expectedPdfCount, removeCopies, type Edit } from './project-copy.ts';

/**
 * The real build on copies of the project, broken in the ways editors break
 * it: it must stop on the content check's words and leave the published
 * site alone. And a good build: quiet, complete, and the same bytes twice.
 */
afterAll(removeCopies);

async function buildBroken(...edits: Edit[]) {
  const dir = copyProject('sheets-bad');
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), 'the site as published before');
  edits.forEach((e) => e(dir));
  const result = await exec(dir, ['scripts/build.mjs']);
  const kept = readFileSync(join(dir, 'dist/index.html'), 'utf8') === 'the site as published before';
  return { ...result, kept };
}

const sheet = 'content/entries/2025/detection.mdx';
const cases: [string, Edit[], RegExp[]][] = [
  ['a mistyped field', [edit(sheet, (t) => t.replace(/^summary:/m, 'sumary:'))], [/detection\.mdx:6:1 {2}unknown-field {2}unknown field "sumary"\.\n {4}hint: did you mean "summary"\?/]],
  ['an unknown source key', [edit(sheet, (t) => t.replace('source: president-2025-01', 'source: president-2025'))], [/detection\.mdx:\d+:\d+ {2}unknown-source {2}figures\.2\.source: expected a key of content\/sources\.yaml, found "president-2025"/]],
  ['broken YAML in a data file', [edit('content/metrics.yaml', (t) => t.replace('  unit: count\n', '  unit: [count\n'))], [/content\/metrics\.yaml:\d+:\d+ {2}yaml-syntax {2}expected valid YAML/]],
  ['an import in a sheet', [edit(sheet, (t) => `${t}\nimport data from '../../../src/content.ts';\n`)], [/detection\.mdx:\d+:1 {2}no-import-export {2}`import` and `export` are not allowed/]],
  [
    'several problems in several files',
    [edit(sheet, (t) => t.replace('value: 38.9', 'value: 389')), edit('content/entries/2024/detection.mdx', (t) => t.replace('value: 3286', 'value: 9286'))],
    [/2025\/detection\.mdx:\d+:\d+ {2}value-range/, /2024\/detection\.mdx:\d+:\d+ {2}derived-mismatch {2}figures\.2\.value: "fraud-disclosure-rate" is the share of fraud-cases-disclosed, fraud-cases-registered: 58\.4/, /2 problems in 2 file/],
  ],
];

describe('the build refuses bad content', { timeout: 180_000 }, () => {
  it.concurrent.each(cases)('%s, with the content check’s words', async (_, edits, messages) => {
    const { code, output, kept } = await buildBroken(...edits);
    expect(code, output).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
    expect(output).toContain('nothing was published');
    expect(output, 'no stack trace into the code').not.toMatch(/\n\s+at .*src\//);
    expect(kept, 'dist/ must be left as it was').toBe(true);
  });

  it('refuses it when Astro is run directly too, from the same check', async () => {
    const dir = copyProject('sheets-astro');
    edit(sheet, (t) => t.replace('source: president-2025-01', 'source: president-2025'))(dir);
    const { code, output } = await exec(dir, ['node_modules/astro/bin/astro.mjs', 'build']);
    expect(code).not.toBe(0);
    expect(output).toMatch(/detection\.mdx:\d+:\d+ {2}unknown-source {2}figures\.2\.source: expected a key of content\/sources\.yaml/);
  });
});

describe('a good build', { timeout: 420_000 }, () => {
  it('publishes, prints no alarming warnings, writes a PDF for each published sheet and year, and the same bytes again, printing only what its cache lacks', async () => {
    const dir = copyProject('sheets-twice', [], { withCaches: true });
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), 'the site as published before');
    const snapshot = () => {
      const files = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).sort();
      return new Map(files.filter((f) => statSync(join(dir, 'dist', f)).isFile()).map((f) => [f, readFileSync(join(dir, 'dist', f)).toString('base64')]));
    };
    const { code, output } = await exec(dir, ['scripts/build.mjs']);
    expect(code, output).toBe(0);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).not.toBe('the site as published before');
    expect(output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|\[WARN\]|\[ERROR\]/);
    expect(output).toMatch(new RegExp(`PDF step: wrote ${expectedPdfCount(dir)} PDFs in \\d+\\.\\d s \\(`));
    expect(output).toMatch(/Search index: [1-9]\d* of \d+ pages/);
    expect(output).toMatch(/Social images: wrote [1-9]\d* in \d+\.\d s \(\d+ rendered, \d+ reused unchanged\)/);
    const first = snapshot();
    expect(first.has('pagefind/pagefind-entry.json')).toBe(true);
    const pdfs = [...first.keys()].filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(expectedPdfCount(dir));

    // Built again with one sheet's PDF gone from the cache: that sheet alone is printed afresh
    // (a sheet with a chart), the rest reused, and every file of the site is the same bytes.
    const cache = join(dir, '.astro/pdf-cache');
    const printed = first.get('2024/detection.pdf');
    const entry = readdirSync(cache).find((f) => readFileSync(join(cache, f)).toString('base64') === printed);
    expect(entry, 'the cache keeps the PDF it published').toBeDefined();
    rmSync(join(cache, entry ?? ''));
    const again = await exec(dir, ['scripts/build.mjs']);
    expect(again.output).toContain(`(1 sheets printed, ${pdfs.filter((f) => !/fact-sheets-\d+\.pdf$/.test(f)).length - 1} reused unchanged)`);
    // Its social images show titles and headline figures, which nothing changed.
    expect(again.output).toMatch(/Social images: wrote \d+ in \d+\.\d s \(0 rendered, \d+ reused unchanged\)/);
    const second = snapshot();
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...first].filter(([file, bytes]) => second.get(file) !== bytes).map(([file]) => file)).toEqual([]);
  });
});
