import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { copyProject, edit, expectedPdfCount, removeCopies, type Edit } from './project-copy';

/**
 * The real build on copies of the project: broken in the ways editors break
 * it (it must stop on the content check's words and leave the published
 * site alone), grown as editors grow it (everything must still pass), and
 * served by `npm run dev` (a content problem shows in the browser, never a
 * stale page).
 */
const run = promisify(execFile);
afterAll(removeCopies);
// The tools run as an editor runs them, not under the test runner's environment:
// Vitest sets NODE_ENV, VITEST… and Vite's DEV, PROD, MODE, SSR and BASE_URL, which would make a build think it is dev.
const runnerVariables = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);
const outside = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !runnerVariables.has(k)));
const quiet = { ...outside, NO_COLOR: '1', FORCE_COLOR: '0', GITHUB_ACTIONS: '' };
const exec = (dir: string, args: string[], env: NodeJS.ProcessEnv = quiet) =>
  run(process.execPath, args, { cwd: dir, env, maxBuffer: 1 << 26 }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );

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

describe('a good build', { timeout: 240_000 }, () => {
  it('publishes, prints no alarming warnings, writes a PDF for each published sheet and year, and the same bytes twice', async () => {
    const dir = copyProject('sheets-twice');
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
    expect(output).toMatch(new RegExp(`PDF step: wrote ${expectedPdfCount(dir)} PDFs in \\d+\\.\\d s\\.`));
    const first = snapshot();
    await exec(dir, ['scripts/build.mjs']);
    const second = snapshot();
    expect([...first.keys()]).toEqual([...second.keys()]);
    expect([...first].filter(([file, bytes]) => second.get(file) !== bytes).map(([file]) => file)).toEqual([]);
    expect([...first.keys()].filter((f) => f.endsWith('.pdf'))).toHaveLength(expectedPdfCount(dir));
  });
});

describe('an editor’s new sheet, source and metric', { timeout: 400_000 }, () => {
  it('pass the check, the build and the browser tests that depend on content; a scaffolded draft is checked but not published', async () => {
    const dir = copyProject('sheets-grown', ['e2e', 'playwright.config.ts']);
    // A new source and a new metric, as CONTRIBUTING.md describes.
    edit('content/sources.yaml', (t) => `${t}senate-2023-12:\n  title: Internet fraud in 2023\n  publisher: Ministry of Internal Affairs, at a meeting of the Senate\n  short: Senate meeting\n  date: 2023-12\n  language: en\n`)(dir);
    edit('content/metrics.yaml', (t) => `${t}fraud-victims:\n  label: Victims of Internet fraud\n  unit: count\n  definition: People who reported losing money to Internet fraud in the period.\n`)(dir);
    // A sheet for 2023 that reuses the 2024 sheet's figure id, as editors do from year to year.
    mkdirSync(join(dir, 'content/entries/2023'));
    writeFileSync(
      join(dir, 'content/entries/2023/detection.mdx'),
      `---
title: Internet fraud and its detection in 2023
year: 2023
topic: detection
period: January–November 2023
summary: "In 2023 up to November, {fraud-cases-registered} Internet fraud cases were registered and {fraud-victims} people reported losing money."
published: 2026-11-25
figures:
  - id: fraud-cases-registered
    metric: internet-fraud-cases-registered
    value: 14000
    qualifier: more than
    period: { label: 'January–November 2023', start: 2023-01-01, end: 2023-11-30 }
    source: senate-2023-12
    key: true
  - id: fraud-victims
    metric: fraud-victims
    value: 9000
    qualifier: about
    period: { label: 'January–November 2023', start: 2023-01-01, end: 2023-11-30 }
    source: senate-2023-12
    key: true
---

In 2023 up to November, <Fig id="fraud-cases-registered"/> criminal cases of Internet
fraud were registered, and <Fig id="fraud-victims"/> people reported losing money.[@senate-2023-12]
`,
    );
    // A correction to a published sheet, which the feed must carry.
    edit('content/entries/2024/detection.mdx', (t) =>
      t.replace('published: 2026-11-25', 'published: 2026-11-25\nupdated: 2026-11-26\ncorrections:\n  - date: 2026-11-26\n    text: The period of the Cyberpol figures now names the month they were reported in.'),
    )(dir);
    const scaffold = await exec(dir, ['scripts/new-sheet.mjs', '2026', 'drug-enforcement'], { ...quiet, SOURCE_DATE_EPOCH: '1795000000' });
    expect(scaffold.code, scaffold.output).toBe(0);

    const check = await exec(dir, ['node_modules/tsx/dist/cli.mjs', 'scripts/check.ts']);
    expect(check.output).toMatch(/✓ content check: 10 sheets and 3 data files, no problems/);

    const build = await exec(dir, ['scripts/build.mjs']);
    expect(build.code, build.output).toBe(0);
    expect(existsSync(join(dir, 'dist/2023/detection/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/2026/drug-enforcement/index.html')), 'a draft is not published').toBe(false);
    // Both years' "fraud-cases-registered" are points of the topic's series, so its chart is drawn.
    const topic = readFileSync(join(dir, 'dist/topics/detection/index.html'), 'utf8');
    expect(topic).toContain('more than 14,000');
    expect(topic).toContain('15,905');
    expect(topic).toMatch(/id="chart-series-internet-fraud-cases-registered"/);

    // The specs that count or list sheets, PDFs and links.
    const e2e = await exec(dir, ['node_modules/@playwright/test/cli.js', 'test', 'e2e/pages.spec.ts', 'e2e/pdf.spec.ts', 'e2e/links.spec.ts', '--reporter=line'], {
      ...quiet,
      CI: '1',
      E2E_PORT: '4339',
    });
    expect(e2e.code, e2e.output).toBe(0);
    const feed = await exec(dir, ['node_modules/@playwright/test/cli.js', 'test', 'e2e/discovery.spec.ts', '-g', 'feed', '--reporter=line'], { ...quiet, CI: '1', E2E_PORT: '4339' });
    expect(feed.code, feed.output).toBe(0);
    expect(readFileSync(join(dir, 'dist/feed.xml'), 'utf8')).toContain('Correction to “Internet fraud and its detection in 2024”');
  });
});

describe('npm run dev', { timeout: 120_000 }, () => {
  it('shows a content problem in the browser with the check’s words, and the page again once it is fixed', async () => {
    const dir = copyProject('sheets-dev');
    const port = 4341;
    const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', 'localhost'], { cwd: dir, env: quiet, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    try {
      const page = async (path: string) => {
        const response = await fetch(`http://localhost:${port}${path}`);
        return { status: response.status, text: await response.text() };
      };
      const settle = async (want: (status: number) => boolean, path: string) => {
        for (let i = 0; i < 120; i++) {
          const r = await page(path).catch(() => ({ status: 0, text: '' }));
          if (want(r.status)) return r;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        throw new Error(`no ${path} in time:\n${log}`);
      };
      expect((await settle((s) => s === 200, '/2025/detection/')).status).toBe(200);
      edit('content/entries/2025/drug-enforcement.mdx', (t) => t.replace('source: mia-2025-05', 'source: mia-2025-5'))(dir);
      await settle((s) => s === 500, '/2025/detection/');
      // The message reaches the browser's error overlay over Vite's socket, so a browser reads it.
      const executablePath = findChromium();
      const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
      try {
        const tab = await browser.newPage();
        await tab.goto(`http://localhost:${port}/2025/detection/`);
        const overlay = tab.locator('vite-error-overlay');
        await overlay.getByText('unknown-source').first().waitFor({ timeout: 30_000 });
        const text = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
        expect(text).toMatch(/content\/entries\/2025\/drug-enforcement\.mdx:13:\d+ {2}unknown-source {2}figures\.0\.source: expected a key of content\/sources\.yaml, found "mia-2025-5"/);
        expect(text).toContain('did you mean "mia-2025-05"?');
      } finally {
        await browser.close();
      }
      edit('content/entries/2025/drug-enforcement.mdx', (t) => t.replace('source: mia-2025-5', 'source: mia-2025-05'))(dir);
      expect((await settle((s) => s === 200, '/2025/detection/')).status).toBe(200);
    } finally {
      server.kill();
    }
  });
});
