import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, edit, exec, quiet, removeCopies } from './project-copy.ts';

/**
 * A copy of the project grown as editors grow it: a new source, metric and
 * sheet, a correction and a scaffolded draft. The check, the build and the
 * browser tests that depend on content must all still pass.
 */
afterAll(removeCopies);

describe('an editor’s new sheet, source and metric', { timeout: 400_000 }, () => {
  it('pass the check, the build and the browser tests that depend on content; a scaffolded draft is checked but not published', async () => {
    const dir = copyProject('sheets-grown', ['e2e', 'playwright.config.ts'], { withCaches: true });
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

    const check = await exec(dir, ['scripts/check.ts']);
    expect(check.output).toMatch(/✓ content check: \d+ sheets, \d+ translations and 4 data files, no problems/);

    const build = await exec(dir, ['scripts/build.mjs']);
    expect(build.code, build.output).toBe(0);
    expect(existsSync(join(dir, 'dist/2023/detection/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/2026/drug-enforcement/index.html')), 'a draft is not published').toBe(false);
    // Both years' "fraud-cases-registered" are points of the topic's series, so its chart is drawn.
    const topic = readFileSync(join(dir, 'dist/topics/detection/index.html'), 'utf8');
    expect(topic).toContain('more than 14,000');
    expect(topic).toContain('15,905');
    expect(topic).toMatch(/id="chart-series-internet-fraud-cases-registered"/);
    // The corrected English sheet is newer than its translations: they say so, in their own words, and
    // `npm run translations` lists them as behind. The new 2023 sheet has none: its pages fall back to English.
    const plain = (file: string) => readFileSync(join(dir, file), 'utf8').replace(/\u00a0/g, ' ');
    expect(plain('dist/ru/2024/detection/index.html')).toContain('Перевод может не учитывать изменений английской версии от 26 ноября 2026 г.');
    expect(plain('dist/kk/2024/detection/index.html')).toContain('Аударма ағылшын тіліндегі нұсқаның 2026 ж. 26 қараша енгізілген өзгерістерін қамтымауы мүмкін.');
    expect(plain('dist/ru/2023/detection/index.html')).toContain('Эта страница ещё не переведена');
    const status = await exec(dir, ['scripts/translations.ts']);
    expect(status.output).toMatch(/2024\/detection\s+ru behind: translated 2026-11-25, English updated 2026-11-26\s+kk behind/);
    expect(status.output).toMatch(/2023\/detection\s+ru missing\s+kk missing/);

    // The specs that count or list sheets, PDFs and links, and the feed's test (printing from
    // the browser depends on no sheet count, so the main run alone does it).
    const e2e = await exec(
      dir,
      ['node_modules/@playwright/test/cli.js', 'test', 'e2e/pages.spec.ts', 'e2e/pdf.spec.ts', 'e2e/links.spec.ts', 'e2e/discovery.spec.ts', '--grep', '(pages|pdf|links)\\.spec|feed', '--grep-invert', 'printing from the browser', '--reporter=list'],
      { ...quiet, CI: '1', E2E_PORT: '4339' },
    );
    expect(e2e.code, e2e.output).toBe(0);
    expect(e2e.output).toMatch(/✓ .*the feed is well-formed RSS/);
    expect(e2e.output).toMatch(/✓ .*2023\/detection\.pdf: A4/);
    expect(readFileSync(join(dir, 'dist/feed.xml'), 'utf8')).toContain('Correction to “Internet fraud and its detection in 2024”');
  });
});
