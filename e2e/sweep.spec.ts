import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './site';

const AXE_RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const widths = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

/**
 * The sweep: every page the build wrote, loaded once with a request log and a
 * Content-Security-Policy listener, its charts drawn, then checked: one h1, a
 * script file only for each interactive part it has, no request to another
 * origin, no CSP violation, and WCAG 2.2 AA by axe.
 *
 * The English edition is checked by axe page by page; the other editions share
 * its templates and styles, so axe checks each on one page of every kind (a
 * sheet with and without a chart, a topic with and without one), where only
 * their words differ. Each page is checked in one width and colour scheme,
 * spread over the four combinations, so every kind is seen in several.
 */
const combos = [['phone', 'light'], ['desktop', 'dark'], ['phone', 'dark'], ['desktop', 'light']] as const;
const pages = builtPages();
const html = (p: string) => readFileSync(join(import.meta.dirname, '../dist', p.endsWith('/404') ? `${p}.html` : `${p}index.html`), 'utf8');
const chartPages = new Set(pages.filter((p) => html(p).includes('<kz-chart')));
const kindOf = (path: string) =>
  `${path.replace(/^\/(ru|kk)\//, '/').replace(/\d{4}/g, 'YYYY').replace(/\/(topics|YYYY)\/[a-z0-9-]+\//, '/$1/x/')}${chartPages.has(path) ? ' chart' : ''}`;
const axeChecked = (path: string, i: number) => {
  const edition = /^\/(ru|kk)\//.exec(path)?.[1];
  return !edition || pages.findIndex((other) => other.startsWith(`/${edition}/`) && kindOf(other) === kindOf(path)) === i;
};

test('the build wrote the pages of every edition', () => {
  expect(pages.length).toBeGreaterThanOrEqual(20);
});

pages.forEach((path, i) => {
  const [device, colorScheme] = combos[i % combos.length] ?? combos[0];
  const axe = axeChecked(path, i);
  test(`${path}: one h1, scripts only for its interactive parts, no foreign request or CSP violation${axe ? `, axe WCAG 2.2 AA + best practices (${device} ${colorScheme})` : ''}`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    // Init scripts come from the browser's tools, not the page, so the page's policy does not stop this listener.
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    page.on('console', (m) => /Content Security Policy|CSP violation/.test(m.text()) && problems.push(m.text()));
    page.on('request', (r) => !r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:') && problems.push(`requested ${r.url()}`));
    await page.setViewportSize(widths[device]);
    await page.emulateMedia({ colorScheme });
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
    if (axe) {
      await page.evaluate(() => window.scrollTo(0, 0));
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_RULES).analyze();
      problems.push(...violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`));
    }
    expect(problems).toEqual([]);
  });
});

test('a citation preview shown by keyboard focus has no violations either', async ({ page }) => {
  await page.goto('/2024/detection/');
  await page.locator('a[data-footnote-ref]').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_RULES).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
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
