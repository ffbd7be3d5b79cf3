import { expect, test } from '@playwright/test';
import { expected } from './site.ts';

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

test('a share the source rounded shows the recomputed value beside the published one', async ({ page }) => {
  await page.goto('/2024/detection/');
  await expect(page.locator('#fig-fraud-disclosure-rate')).toContainText('3,286 of 15,905 is 20.7%; the source rounds it down to 20%.');
});
