import { expect, test } from '@playwright/test';
import { figuresOf } from './site.ts';

// Every page's status, title and description are checked in discovery.spec.ts; its h1, scripts, requests
// and CSP by the sweep (sweep.spec.ts), with axe.

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/2023/nothing-here/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Topics' }).first()).toBeVisible();
});

for (const [lang, heading, home] of [['ru', 'Страница не найдена', 'Главная'], ['kk', 'Бет табылмады', 'Басты бет']] as const) {
  test(`the ${lang} edition has its own 404 page, for hosts that serve the nearest one`, async ({ page }) => {
    await page.goto(`/${lang}/404.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: home })).toHaveAttribute('href', `/${lang}/`);
  });
}


test('a fact sheet shows its period, dates, key figures, notes and all its figures', async ({ page }) => {
  await page.goto('/2024/anti-fraud-center/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The anti-fraud center in 2024');
  const meta = page.locator('.sheet-meta');
  await expect(meta.getByText('Period covered')).toBeVisible();
  await expect(meta.getByText('Published')).toBeVisible();
  await expect(meta.getByText('Last updated')).toBeVisible();
  const cards = page.getByRole('region', { name: 'Key figures' }).getByRole('listitem');
  const figures = figuresOf('/2024/anti-fraud-center/');
  await expect(cards).toHaveCount(figures.filter((f) => f.key).length);
  await expect(cards.first()).toContainText('more than 5,000');
  await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();
  // A header row and one row per figure.
  await expect(page.locator('.figure-table').getByRole('row')).toHaveCount(figures.length + 1);
});

test('a key-figure card links to its row in the table of figures', async ({ page }) => {
  await page.goto('/2024/anti-fraud-center/');
  await page.getByRole('link', { name: 'more than ₸300 million' }).first().click();
  await expect(page).toHaveURL(/#fig-dropper-funds-blocked$/);
  await expect(page.locator('#fig-dropper-funds-blocked')).toContainText('Senate meeting, 31 October 2024');
});
