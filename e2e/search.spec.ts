import { expect, test, type Page } from '@playwright/test';
import { frontmatterFigures, sheets, titleOf } from './site.ts';

/**
 * Search, on the built site in a real browser: Pagefind's index written by
 * npm run build, the search page's own element, the query kept in the
 * address, and links to every year and topic without JavaScript.
 */
const results = (page: Page) => page.locator('.search-results > li');
const resultLinks = (page: Page) => page.locator('.search-results .result-title a');

async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(`“${query}”`);
}

for (const sheet of sheets) {
  test(`a search for ${sheet}’s title or for one of its figures finds it`, async ({ page }) => {
    await search(page, titleOf(sheet));
    await expect(resultLinks(page).and(page.locator(`[href="${sheet}"]`))).toHaveCount(1);
    // A figure label is weighted above prose: its sheet is among the first results.
    const metric = String(frontmatterFigures(sheet)[0]?.['metric'] ?? '');
    await search(page, metric.replaceAll('-', ' '));
    const top = await resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(top, metric).toContain(sheet);
  });
}

test('“droppers” finds an anti-fraud center sheet first, with its year and the matching text', async ({ page }) => {
  await search(page, 'droppers');
  const first = results(page).first();
  await expect(first.locator('.result-title a')).toHaveAttribute('href', /^\/\d{4}\/anti-fraud-center\/$/);
  await expect(first.locator('.result-year')).toHaveText(/^\d{4}$/);
  await expect(first.locator('.result-excerpt mark').first()).toHaveText(/dropper/i);
});

test('an excerpt cut inside a sentence says so with “…”, at either end', async ({ page }) => {
  for (const query of ['droppers', 'fraud', 'pyramids']) {
    await search(page, query);
    const excerpts = await page.locator('.result-excerpt').allTextContents();
    expect(excerpts.length, query).toBeGreaterThan(0);
    for (const text of excerpts) {
      expect(text, query).toMatch(/^(… |[\p{Lu}\d«“"(])/u);
      expect(text, query).toMatch(/([.!?]["”»)]?| …)$/u);
    }
    expect(excerpts.some((text) => text.startsWith('… ')), `${query}: some excerpt begins mid-sentence`).toBe(true);
  }
});

test('the query stays in the address as it is typed, and a shared address repeats the search', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  const box = page.getByRole('searchbox', { name: 'Search the fact sheets' });
  await box.focus();
  await page.keyboard.type('pyramids');
  await expect(page).toHaveURL(/\/search\/\?q=pyramids$/);
  await expect(resultLinks(page).first()).toBeVisible();
  // The results are reachable by keyboard, straight after the form.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(resultLinks(page).first()).toBeFocused();

  const shared = page.url();
  await page.goto('/about/');
  await page.goto(shared);
  await expect(box).toHaveValue('pyramids');
  await expect(resultLinks(page).first()).toBeVisible();
  // While results show, the list of all sheets steps aside.
  await expect(page.getByRole('heading', { name: 'Browse the fact sheets' })).toBeHidden();
});

test('words typed before the search script has loaded are kept, searched and put in the address', async ({ page }) => {
  // The page's scripts are held back until the words are typed, as on a slow connection.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/.+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/', { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Search the fact sheets' });
  await box.fill('pyramids');
  release();
  await expect(page).toHaveURL(/\/search\/\?q=pyramids$/);
  await expect(box).toHaveValue('pyramids');
  await expect(resultLinks(page).first()).toBeVisible();
});

/** Every year and topic page that has sheets, as the content has them. */
const browsePaths = [...new Set(sheets.flatMap((s) => [`/${s.split('/')[1]}/`, `/topics/${s.split('/')[2]}/`]))].sort();
const browseLinks = async (page: Page) => (await page.locator('.search-all li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort();

test('a search with no results says so and offers every year and topic instead', async ({ page }) => {
  await search(page, 'zzzqqq');
  await expect(page.getByRole('status')).toHaveText(/^No results for “zzzqqq”/);
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Browse the fact sheets' })).toBeVisible();
  expect(await browseLinks(page)).toEqual(expect.arrayContaining(browsePaths));
});

test('only the search page allows WebAssembly, and search runs with no CSP violation or request elsewhere', async ({ page, baseURL }) => {
  const violations: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  page.on('request', (r) => !r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:') && foreign.push(r.url()));
  await search(page, 'fraud');
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval';/);
  await page.goto('/about/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self';/);
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says searching needs JavaScript and leads to every year and topic', async ({ page }) => {
    await page.goto('/search/?q=droppers');
    await expect(page.getByText('Searching needs JavaScript.')).toBeVisible();
    expect(await browseLinks(page)).toEqual(expect.arrayContaining(browsePaths));
  });
});
