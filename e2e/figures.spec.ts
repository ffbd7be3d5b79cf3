import { expect, test } from '@playwright/test';

/**
 * The figures each sheet's prose shows, in order, as the source material
 * words them (hedges included). Written out by hand from the material, so a
 * change in data or formatting that alters what readers see fails here.
 */
const expected: Record<string, string[]> = {
  '/2025/detection/': ['28.4%', '38.9%', 'over 20,000', 'about 80%'],
  '/2025/fraud-prevention/': ['66 million', '25%', '14,000'],
  '/2025/drug-enforcement/': ['69', '5', 'about 8,000', '₸850 million'],
  '/2025/legal-amendments/': ['40', '80 MCI', 'up to 20 days'],
  '/2024/detection/': ['20%', '15,905', '3,286', '47%', '₸1.4 billion', 'more than 2,500', '₸962 million', 'almost ₸1 billion'],
  '/2024/anti-fraud-center/': ['more than 5,000', '835', 'more than ₸300 million', '₸400 million'],
  '/2024/fraud-prevention/': ['914', '58 million', 'over 6,000'],
  '/2024/financial-pyramids/': ['43', '266', 'more than 8,000', 'over 9,000'],
};

for (const [path, figures] of Object.entries(expected)) {
  test(`${path} shows every figure of the material with its hedge`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.prose .fig')).toHaveText(figures);
  });
}

test('the tenge sum returned in 2024 keeps the rouble equivalent the source gives', async ({ page }) => {
  await page.goto('/2024/detection/');
  await expect(page.locator('.prose')).toContainText('₸1.4 billion (about 278 million rubles)');
});

test('a range is written around one unit', async ({ page }) => {
  await page.goto('/2025/legal-amendments/');
  await expect(page.locator('.prose')).toContainText('fined from 40 to 80 MCI');
});
