import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { builtPages, frontmatterFigures, sheets } from './site.ts';
import { readFigure } from './parse-figure.ts';

/**
 * The Russian and Kazakh editions: every page in its language, reachable from
 * the same page in the others, and every figure the same typed record printed
 * in the edition's own format.
 */
/** Sheets with a translation into an edition; an untranslated one shows English, with a notice. */
const translated = (lang: string) => sheets.filter((sheet) => existsSync(join(import.meta.dirname, `../content/translations/${lang}${sheet.slice(0, -1)}.mdx`)));
const langOf = (path: string) => /^\/(ru|kk)\//.exec(path)?.[1] ?? 'en';
const dist = join(import.meta.dirname, '../dist');

test('every page says its language, and names the same page in every edition for search engines', async ({ request }) => {
  const pages = builtPages().filter((p) => !p.endsWith('/404'));
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    expect(/<html lang="([a-z]{2})"/.exec(html)?.[1], path).toBe(langOf(path));
    const alternates = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2] ?? '').pathname]));
    if (/class="edition-notice">[^<]*<a/.test(html) && !alternates['en']) continue; // an untranslated page points search engines to the English one
    const bare = path.replace(/^\/(ru|kk)\//, '/');
    expect(alternates, path).toEqual({ en: bare, ru: `/ru${bare}`, kk: `/kk${bare}`, 'x-default': bare });
    for (const target of Object.values(alternates)) expect(pages, `${path} → ${target}`).toContain(target);
  }
});

test('the language switcher leads to the same page in the other editions', async ({ page }) => {
  await page.goto('/2024/detection/#fig-fraud-cases-registered');
  const editions = page.getByRole('navigation', { name: 'Language' });
  await editions.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/2024\/detection\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(/\/kk\/2024\/detection\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('navigation', { name: /Тіл/ }).locator('[aria-current]')).toHaveText('Қазақша');
});

for (const lang of ['ru', 'kk'] as const) {
  for (const sheet of translated(lang)) {
    test(`/${lang}${sheet} prints every figure of the English sheet, the same value and hedge in ${lang} format`, async ({ page }) => {
      await page.goto(`/${lang}${sheet}`);
      const figures = frontmatterFigures(sheet);
      await expect(page.locator('.figure-table tbody tr')).toHaveCount(figures.length);
      for (const f of figures) {
        const printed = (await page.locator(`#fig-${String(f['id'])} td.num`).innerText()).split('\n')[0] ?? '';
        const read = readFigure(printed, lang);
        expect(read.value, `${String(f['id'])}: ${printed}`).toBe(Number(f['value']));
        expect(read.qualifiers, `${String(f['id'])}: ${printed}`).toContain(String(f['qualifier'] ?? ''));
      }
      // A translated sheet says so, with the date of the English text it follows.
      await expect(page.locator('.edition-notice').first()).toContainText(lang === 'ru' ? 'Перевод английской версии' : 'Ағылшын тіліндегі нұсқадан аударылған');
    });
  }
}

test('search keeps to the reader’s edition', async ({ page }) => {
  await page.goto(`/ru/search/?q=${encodeURIComponent('дропперы')}`);
  const links = page.locator('.search-results .result-title a');
  await expect(links.first()).toHaveAttribute('href', /^\/ru\/\d{4}\/anti-fraud-center\/$/);
  for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/ru\//);
  await page.goto(`/kk/search/?q=${encodeURIComponent('дропперлер')}`);
  await expect(page.locator('.search-results .result-title a').first()).toHaveAttribute('href', /^\/kk\/\d{4}\/anti-fraud-center\/$/);
});

test('Kazakh PDFs carry every Kazakh letter of their sheet as text, in embedded fonts', async ({ page }) => {
  for (const sheet of translated('kk')) {
    await page.goto(`/kk${sheet}`);
    const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const doc = await getDocument({ data: new Uint8Array(readFileSync(join(dist, `kk${sheet.slice(0, -1)}.pdf`))), useSystemFonts: false }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) text += `${(await (await doc.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
    expect(text.replace(/\s+/g, ' '), sheet).toContain(title);
    // The letters of the printed prose, each of which the PDF's text must hold.
    const letters = [...new Set((await page.locator('article .prose').innerText()).match(/[әғқңөұүһі]/g) ?? [])];
    expect(letters.length, sheet).toBeGreaterThan(3);
    for (const letter of letters) expect(text, `${sheet}: ${letter}`).toContain(letter);
  }
});

test('each edition has its own social images and feed', async ({ request }) => {
  for (const lang of ['ru', 'kk']) {
    const html = await (await request.get(`/${lang}${sheets[0]}`)).text();
    const image = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '').pathname;
    expect(image).toBe(`/${lang}${sheets[0]}social.png`);
    const png = await (await request.get(image)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const feed = await (await request.get(`/${lang}/feed.xml`)).text();
    expect(feed).toContain(`<language>${lang}</language>`);
    expect([...feed.matchAll(/<item>/g)].length).toBeGreaterThanOrEqual(sheets.length);
  }
});
