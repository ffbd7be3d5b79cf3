import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

// Each page is loaded once and checked at both widths in both colour schemes:
// the layout and colours change with the viewport and the media query, not with a reload.
// The Russian and Kazakh pages share the English pages' styles, so their words are
// checked at two of the four (phone in light, desktop in dark), which cover both
// layouts and both palettes.
const combos = (path: string) =>
  /^\/(ru|kk)\//.test(path)
    ? ([['phone', 'light'], ['desktop', 'dark']] as const)
    : ([['phone', 'light'], ['phone', 'dark'], ['desktop', 'light'], ['desktop', 'dark']] as const);

for (const path of builtPages()) {
  test(`WCAG 2.2 AA on ${path}, ${combos(path).map((c) => c.join(' ')).join(', ')}`, async ({ page }) => {
    await page.goto(path);
    const found: string[] = [];
    for (const [device, colorScheme] of combos(path)) {
      await page.setViewportSize(widths[device]);
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      found.push(...violations.map((v) => `${device} ${colorScheme}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`));
    }
    expect(found).toEqual([]);
  });
}

test('a citation preview shown by keyboard focus has no violations either', async ({ page }) => {
  await page.goto('/2024/detection/');
  await page.locator('a[data-footnote-ref]').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
