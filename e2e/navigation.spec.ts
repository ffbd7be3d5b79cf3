import { expect, test } from '@playwright/test';
import { sheets } from './site.ts';

/** The years that have sheets, newest first, as the content has them. */
const years = [...new Set(sheets.map((s) => Number(s.split('/')[1])))].sort((a, b) => b - a);

test('a reader goes from home to a year, a sheet, its topic and the same topic in another year', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: String(years[0]) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Fact sheets for ${years[0]}`);
  await page.goto('/2025/');
  await page.getByRole('link', { name: 'Cybercrime detection in 2025' }).click();
  await expect(page).toHaveURL(/\/2025\/detection\/$/);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Detection of cybercrime' }).click();
  await expect(page).toHaveURL(/\/topics\/detection\/$/);
  await page.getByRole('link', { name: 'Internet fraud and its detection in 2024' }).click();
  await expect(page).toHaveURL(/\/2024\/detection\/$/);
  await page.getByRole('navigation', { name: 'More fact sheets' }).getByRole('link', { name: 'Cybercrime detection in 2025' }).click();
  await expect(page).toHaveURL(/\/2025\/detection\/$/);
});

test('the main navigation marks the current section', async ({ page }) => {
  const year = years.at(-1);
  await page.goto(`/${year}/`);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: String(year) })).toHaveAttribute('aria-current', 'page');
});

test('the header names the newest year and the year being read, not the whole archive', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const yearLinks = nav.getByRole('link', { name: /^\d{4}$/ });
  await page.goto('/topics/');
  await expect(yearLinks).toHaveText([String(years[0])]);
  const oldest = sheets.find((s) => s.startsWith(`/${years.at(-1)}/`)) ?? '';
  await page.goto(oldest);
  await expect(yearLinks).toHaveText([...new Set([years[0], years.at(-1)])].map(String));
  // Every year stays one click from home.
  await page.goto('/');
  for (const year of years) await expect(page.getByRole('link', { name: String(year), exact: true }).first()).toBeVisible();
});

test('every headline figure on the home page links to the sheet it comes from', async ({ page }) => {
  await page.goto('/');
  const links = page.getByRole('region', { name: 'Headline figures' }).locator('a.card-value');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const href = (await links.nth(i).getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/\d{4}\/[a-z-]+\/#fig-[a-z0-9-]+$/);
    const value = (await links.nth(i).textContent()) ?? '';
    await page.goto(href);
    await expect(page.locator(`#${href.split('#')[1]}`)).toContainText(value);
    await page.goBack();
  }
});

test('the breadcrumb of a sheet leads to its year', async ({ page }) => {
  await page.goto('/2025/legal-amendments/');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: '2025' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fact sheets for 2025');
});
