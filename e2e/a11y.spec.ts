import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

// Each page is loaded once and checked in the width and colour scheme it is
// given: the layout and colours change with the viewport and the media query,
// not with a reload. The three editions share one set of styles, so the four
// combinations are spread over them: each page kind is checked at both widths
// in both schemes across its editions, and every page of every edition at least once.
const combos = (path: string) => {
  const edition = /^\/(ru|kk)\//.exec(path)?.[1];
  if (edition === 'ru') return [['phone', 'dark']] as const;
  if (edition === 'kk') return [['desktop', 'light']] as const;
  return [['phone', 'light'], ['desktop', 'dark']] as const;
};

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
