import { expect, test } from '@playwright/test';
import { sheets } from './site.ts';

test('each citation reaches its note, and the note leads back to it', async ({ page }) => {
  for (const path of sheets) {
    await page.goto(path);
    const refs = page.locator('a[data-footnote-ref]');
    const count = await refs.count();
    expect(count, path).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const ref = refs.nth(i);
      const refId = await ref.getAttribute('id');
      const target = (await ref.getAttribute('href')) ?? '';
      await ref.click();
      await expect(page, `${path} ref ${refId}`).toHaveURL(new RegExp(`${target}$`));
      const note = page.locator(target);
      await expect(note).toBeInViewport();
      const back = note.locator(`a.backref[href="#${refId}"]`);
      await expect(back, `${path} note ${target} links back to ${refId}`).toHaveCount(1);
      await back.click();
      await expect(page).toHaveURL(new RegExp(`#${refId}$`));
      await expect(page.locator(`[id="${refId}"]`)).toBeInViewport();
    }
  }
});

test('a source cited twice keeps its number and its note lists both places', async ({ page }) => {
  await page.goto('/2024/anti-fraud-center/');
  const senate = page.locator('a[data-footnote-ref][href$="fn-cite-senate-2024-10-31"]');
  await expect(senate).toHaveCount(3);
  await expect(senate).toHaveText(['1', '1', '1']);
  const note = page.locator('li[id$="fn-cite-senate-2024-10-31"]');
  await expect(note.locator('a.backref')).toHaveText(['a', 'b', 'c']);
});

test('notes are numbered in order of first use, explanatory notes included', async ({ page }) => {
  await page.goto('/2024/anti-fraud-center/');
  const numbers = await page.locator('a[data-footnote-ref]').allTextContents();
  const firsts = [...new Set(numbers)];
  expect(firsts).toEqual(firsts.map((_, i) => String(i + 1)));
  await expect(page.locator('.footnotes li')).toHaveCount(firsts.length);
  await expect(page.locator('.footnotes li').nth(1)).toContainText('second-level banks');
});

test('keyboard focus on a citation shows a preview of its note', async ({ page }) => {
  await page.goto('/2025/detection/');
  const ref = page.locator('a[data-footnote-ref]').first();
  const preview = page.locator(`[id="${await ref.getAttribute('aria-describedby')}"]`);
  await expect(preview).toBeHidden();
  await ref.focus();
  // Focus that arrives by keyboard is what :focus-visible answers to.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(ref).toBeFocused();
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Ministry of Internal Affairs of the Republic of Kazakhstan, “Cybercrime detection reached almost 39%”, May 2025.');
  await expect(ref).toHaveAccessibleDescription(/Cybercrime detection reached almost 39%/);
});

test('hovering a citation shows the preview', async ({ page }) => {
  await page.goto('/2025/detection/');
  const ref = page.locator('a[data-footnote-ref]').first();
  await ref.hover();
  await expect(page.locator(`[id="${await ref.getAttribute('aria-describedby')}"]`)).toBeVisible();
});

test('a note links to its source on the sources page, which lists the sheets citing it', async ({ page }) => {
  await page.goto('/2025/legal-amendments/');
  await page.locator('.footnotes').getByRole('link', { name: 'About this source' }).first().click();
  await expect(page).toHaveURL(/\/sources\/#mia-2025-05$/);
  const entry = page.locator('#mia-2025-05');
  await expect(entry.getByRole('heading', { level: 2 })).toHaveText('Cybercrime detection reached almost 39%');
  await expect(entry.getByRole('link', { name: 'Legal amendments in 2025' })).toBeVisible();
});
