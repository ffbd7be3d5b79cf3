import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopies } from './project-copy.ts';

/** `npm run new -- <year> <topic>` on a copy of the project, then the content check on what it wrote. */
const run = promisify(execFile);
afterAll(removeCopies);
const dir = copyProject('sheets-new');
const scaffold = (...args: string[]) =>
  run(process.execPath, ['scripts/new-sheet.mjs', ...args], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1795000000' } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );

describe('npm run new', () => {
  it('writes a draft sheet that passes the content check', async () => {
    expect(await scaffold('2026', 'legal-amendments')).toMatchObject({ code: 0, out: expect.stringContaining('Created content/entries/2026/legal-amendments.mdx (a draft)') });
    const text = readFileSync(join(dir, 'content/entries/2026/legal-amendments.mdx'), 'utf8');
    expect(text).toMatch(/^---\ntitle: Topic name in 2026\nyear: 2026\ntopic: legal-amendments\n/);
    expect(text).toContain('published: 2026-11-18');
    expect(text).toContain('draft: true');
    const check = await run(process.execPath, ['scripts/check.ts'], { cwd: dir });
    expect(check.stdout).toMatch(/✓ content check: \d+ sheets, \d+ translations and 4 data files, no problems/);
  });
  it('refuses to overwrite a sheet', async () => {
    expect(await scaffold('2025', 'detection')).toEqual({ code: 1, out: 'content/entries/2025/detection.mdx already exists; edit it instead.\n' });
  });
  it('refuses an unknown topic, listing the topics', async () => {
    const { code, out } = await scaffold('2026', 'cyber');
    expect(code).toBe(1);
    expect(out).toMatch(/^Unknown topic "cyber"\. Known topics: detection, anti-fraud-center, .*legal-amendments\./);
  });
  it('refuses a year out of range', async () => {
    for (const year of ['1999', '2090', '26']) {
      const { code, out } = await scaffold(year, 'detection');
      expect(code).toBe(1);
      expect(out).toMatch(/out of range: expected a year from 2000 to \d{4}/);
    }
    expect(existsSync(join(dir, 'content/entries/2090'))).toBe(false);
  });
  it('starts a translation of a sheet: every field a translation has, the English body with its figures and citations, and the check passes', async () => {
    const target = 'content/translations/kk/2025/legal-amendments.mdx';
    const original = readFileSync(join(dir, target), 'utf8');
    rmSync(join(dir, target));
    expect(await scaffold('--translate', 'kk', '2025', 'legal-amendments')).toMatchObject({ code: 0, out: expect.stringContaining(`Created ${target}`) });
    const text = readFileSync(join(dir, target), 'utf8');
    expect(text).toMatch(/\ntranslated: \d{4}-\d{2}-\d{2}\nfigures:\n {2}fine-min:\n {4}period: /);
    expect(text).toContain('<Fig id="fine-min" bare/>');
    expect(text).toContain('[@mia-2025-05]');
    const check = await run(process.execPath, ['scripts/check.ts'], { cwd: dir });
    expect(check.stdout).toMatch(/no problems/);
    writeFileSync(join(dir, target), original);
  });
  it('refuses to start a translation that exists, or of a sheet that does not', async () => {
    expect(await scaffold('--translate', 'ru', '2025', 'detection')).toEqual({ code: 1, out: 'content/translations/ru/2025/detection.mdx already exists; edit it instead.\n' });
    expect(await scaffold('--translate', 'ru', '2019', 'detection')).toEqual({ code: 1, out: 'content/entries/2019/detection.mdx does not exist: a translation follows an English sheet.\n' });
    expect((await scaffold('--translate', 'de', '2025', 'detection')).out).toMatch(/^Usage: npm run new -- --translate <ru\|kk>/);
  });
});
