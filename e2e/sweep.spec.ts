import { expect, test, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { axeViolations, looks, showAs, violationsInEveryLook } from './axe.ts';
import { builtPages } from './site.ts';

/**
 * The sweep: every page the build wrote, in every edition, loaded once with a
 * request log and a Content-Security-Policy listener, its charts drawn, then
 * checked: one h1, a script file only for each interactive part it has, no
 * request to another origin, no CSP violation, and axe (WCAG 2.2 AA and best
 * practices) at phone and desktop widths, in light and dark.
 */
const pages = builtPages();

/**
 * One page per worker for the whole sweep: a fresh browser context per page
 * costs a new renderer, which compiles axe again (about a second); the same
 * one keeps it compiled. Each test sets its own look and listens only while it runs.
 */
const sweep = test.extend<object, { shared: Page }>({
  shared: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      const page = await context.newPage();
      // Init scripts come from the browser's tools, not the page, so the page's policy does not stop this listener.
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('the build wrote the pages of every edition', () => {
  expect(pages.length).toBeGreaterThanOrEqual(20);
});

for (const path of pages) {
  sweep(`${path}: one h1, scripts only for its interactive parts, no foreign request or CSP violation, axe WCAG 2.2 AA + best practices on phone and desktop, light and dark`, async ({ shared: page, baseURL }) => {
    const problems: string[] = [];
    const onConsole = (m: ConsoleMessage) => /Content Security Policy|CSP violation/.test(m.text()) && problems.push(m.text());
    const onRequest = (r: Request) => !r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:') && problems.push(`requested ${r.url()}`);
    page.on('console', onConsole);
    page.on('request', onRequest);
    try {
      await showAs(page, looks[0] ?? ['desktop', 'light']);
      await page.goto(path);
      // Bring every chart into view, so that Chart.js and its drawing are under the policy too.
      for (const chart of await page.locator('kz-chart').all()) {
        await chart.scrollIntoViewIfNeeded();
        await expect(chart).toHaveAttribute('data-drawn', '');
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      // Charts, copy buttons (sheets) and search each bring one script; other pages none.
      const parts = ['kz-chart', 'kz-copy', 'kz-search'];
      const present = (await Promise.all(parts.map((tag) => page.locator(tag).count()))).filter((n) => n > 0).length;
      // Structured data (application/ld+json) is data, not a script.
      const scripts = page.locator('script:not([type="application/ld+json"])');
      await expect(scripts).toHaveCount(present);
      for (const script of await scripts.all()) await expect(script).toHaveAttribute('src', /^\/_astro\/.+\.js$/);
      problems.push(...(await violationsInEveryLook(page)));
    } finally {
      page.off('console', onConsole);
      page.off('request', onRequest);
    }
    expect(problems).toEqual([]);
  });
}

test('the sweep’s accessibility check finds what it looks for, in every look', async ({ page }) => {
  await page.goto('/2024/detection/');
  // Grey text on grey and an image without a text alternative, as a careless edit might leave them.
  await page.evaluate(() => {
    const heading = document.querySelector('main h1');
    if (heading instanceof HTMLElement) Object.assign(heading.style, { color: '#777', background: '#888' });
    document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' }));
  });
  for (const look of looks) {
    await showAs(page, look);
    const found = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(found, look.join(' ')).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
  }
});

test('a citation preview shown by keyboard focus has no violations either', async ({ page }) => {
  await page.goto('/2024/detection/');
  await page.locator('a[data-footnote-ref]').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await axeViolations(page)).toEqual([]);
});

test('every page the build wrote passes the Nu HTML Checker', () => {
  // vnu-jar ships the checker; Java runs it. Errors only: its warnings are advice (for example on the Content-Security-Policy meta tag).
  const jar = join(import.meta.dirname, '../node_modules/vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', join(import.meta.dirname, '../dist')], { encoding: 'utf8' });
  if (run.error) throw new Error(`The Nu HTML Checker needs Java on PATH (Debian: apt-get install default-jre-headless): ${run.error.message}`);
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url?.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
});
