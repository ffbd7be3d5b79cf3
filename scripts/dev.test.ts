import { spawn } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { copyProject, edit, quiet, removeCopies } from './project-copy.ts';

/** `npm run dev` on a copy: a content problem shows in the browser with the check's words, never a stale page. */
afterAll(removeCopies);

/**
 * Saves a file as an editor's program may save in place: emptied, then
 * written a moment later, and the write not reported. The watcher drops an
 * event that leaves the modification time as it was, so both steps set the
 * same one (whole seconds, which the file system keeps exactly).
 */
async function saveInPlace(path: string, text: string) {
  const seconds = Math.floor(Date.now() / 1000) - 60;
  writeFileSync(path, '');
  utimesSync(path, seconds + 30, seconds);
  await new Promise((resolve) => setTimeout(resolve, 25));
  writeFileSync(path, text);
  utimesSync(path, seconds + 30, seconds);
}

describe('npm run dev', { timeout: 120_000 }, () => {
  it('shows a content problem in the browser with the check’s words, and the page as saved once it is fixed, saved in place or not', async () => {
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
      const settle = async (want: (r: { status: number; text: string }) => boolean, path: string) => {
        for (let i = 0; i < 120; i++) {
          const r = await page(path).catch(() => ({ status: 0, text: '' }));
          if (want(r)) return r;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        throw new Error(`no ${path} in time:\n${log}`);
      };
      expect((await settle((r) => r.status === 200, '/2025/detection/')).status).toBe(200);
      edit('content/entries/2025/drug-enforcement.mdx', (t) => t.replace('source: mia-2025-05', 'source: mia-2025-5'))(dir);
      await settle((r) => r.status === 500, '/2025/detection/');
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
      // The fix is saved in place, its write unreported: the sheet is read once the file is still, as saved.
      const sheet = join(dir, 'content/entries/2025/drug-enforcement.mdx');
      const fixed = readFileSync(sheet, 'utf8').replace('source: mia-2025-5', 'source: mia-2025-05').replace('title: Drug enforcement in 2025', 'title: Drug enforcement, 2025');
      await saveInPlace(sheet, fixed);
      expect((await settle((r) => r.status === 200, '/2025/detection/')).status).toBe(200);
      expect((await settle((r) => r.text.includes('Drug enforcement, 2025'), '/2025/drug-enforcement/')).status).toBe(200);
      // So is a records file: the sources page shows the source as saved.
      const sources = join(dir, 'content/sources.yaml');
      await saveInPlace(sources, readFileSync(sources, 'utf8').replace('title: Cybercrime detection reached almost 39%', 'title: Cybercrime detection reached almost 39 per cent'));
      expect((await settle((r) => r.text.includes('reached almost 39 per cent'), '/sources/')).status).toBe(200);
      // The social image renders on request in dev (the build renders them after Astro).
      const image = await fetch(`http://localhost:${port}/2025/detection/social.png`);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await image.arrayBuffer()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    } finally {
      server.kill();
    }
  });
});
