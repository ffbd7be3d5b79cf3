import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { axeViolations, looks, showAs } from './axe.ts';
import { nuErrors, openSweepPage, sweepPage } from './checkers.ts';
import { builtPages } from './site.ts';

/**
 * The sweep: every page the build wrote, in every edition, loaded once with a
 * request log and a Content-Security-Policy listener, its charts drawn, then
 * checked: one h1, a script file only for each interactive part it has, no
 * request to another origin, no CSP violation, and axe (WCAG 2.2 AA and best
 * practices) at phone and desktop widths, in light and dark.
 */
const pages = builtPages();

/** One page per worker for the whole sweep (see openSweepPage). Each test sets its own look and listens only while it runs. */
const sweep = test.extend<object, { shared: Page }>({
  shared: [
    async ({ browser }, use, workerInfo) => {
      const { context, page } = await openSweepPage(browser, workerInfo.project.use.baseURL);
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
    expect(await sweepPage(page, path, baseURL ?? '')).toEqual([]);
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
  expect(nuErrors(join(import.meta.dirname, '../dist'))).toEqual([]);
});
