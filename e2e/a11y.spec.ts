import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

for (const [device, viewport] of Object.entries(widths)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`WCAG 2.2 AA on a ${device} in ${colorScheme} mode`, () => {
      test.use({ viewport, colorScheme });
      for (const path of builtPages()) {
        test(path, async ({ page }) => {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
          expect(violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
        });
      }
    });
  }
}

test('a citation preview shown by keyboard focus has no violations either', async ({ page }) => {
  await page.goto('/2024/detection/');
  await page.locator('a[data-footnote-ref]').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
