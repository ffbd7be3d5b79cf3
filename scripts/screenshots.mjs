// Screenshots of built pages for a visual review: desktop and phone widths,
// light and dark. Usage: node scripts/screenshots.mjs <outdir> [path ...]
// (expects `npm run preview` on port 4321).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const [out = 'screenshots', ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:4321';
mkdirSync(out, { recursive: true });
const executablePath = ensureChromium() ?? undefined;
const browser = await chromium.launch({ args: chromiumArgs, executablePath });
for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 360, 780]]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    for (const path of paths.length ? paths : ['/']) {
      await page.goto(base + path);
      // Charts draw as they near the viewport: bring each into view first.
      for (const chart of await page.locator('kz-chart').all()) {
        await chart.scrollIntoViewIfNeeded();
        await chart.locator('xpath=.').and(page.locator('[data-drawn]')).waitFor({ timeout: 5000 }).catch(() => {});
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(500);
      const file = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      // Long pages also in slices, so that each can be looked at full size.
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, n = 1; total > 2 * height && y < total; y += height, n++) {
        const part = file.replace(/\.png$/, `-part${n}.png`);
        await page.screenshot({ path: part, fullPage: true, clip: { x: 0, y, width, height: Math.min(height, total - y) } });
      }
    }
    await page.close();
  }
}
await browser.close();
