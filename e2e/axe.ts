import axe from 'axe-core';
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const widths = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } } as const;
export type Device = keyof typeof widths;
export type Scheme = 'light' | 'dark';
/** Every width and colour scheme a page is checked in. */
export const looks: readonly (readonly [Device, Scheme])[] = [
  ['desktop', 'light'],
  ['desktop', 'dark'],
  ['phone', 'light'],
  ['phone', 'dark'],
];

/**
 * axe-core run in the page as it looks now, its violations as one line each.
 *
 * axe-core itself rather than @axe-core/playwright's builder: the builder
 * injects axe again and opens a second page for every run (about a second
 * each), which made one look per page all the sweep could afford. Injected
 * once, axe runs again in a fraction of that after the page is resized or
 * recoloured, so every page is checked in all four looks. The pages have no
 * frames, which is all the builder adds. Playwright's evaluate is not subject
 * to the page's Content-Security-Policy, so the policy needs no exception.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { violations } = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

/** The page in one look: its width and colour scheme, scrolled to the top. */
export async function showAs(page: Page, [device, colorScheme]: readonly [Device, Scheme]): Promise<void> {
  await page.setViewportSize(widths[device]);
  await page.emulateMedia({ colorScheme });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** axe's violations in every look, each line prefixed with the look it was found in. */
export async function violationsInEveryLook(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const look of looks) {
    await showAs(page, look);
    found.push(...(await axeViolations(page)).map((v) => `${look.join(' ')}: ${v}`));
  }
  return found;
}
