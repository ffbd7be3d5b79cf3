import { expect, test, type Locator } from '@playwright/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse } from 'csv-parse/sync';
import { sheets } from './site.ts';

/**
 * "Cite this": each sheet and each of its figures offers a citation as plain
 * text, BibTeX, CSL-JSON and RIS, in the page, and the formats read back in a
 * reference manager's parser (citation.js) with the sheet's own words and
 * numbers. The figures' facts are taken from the sheet's CSV, which the data
 * tests hold equal to the typed figures.
 */
const publication = 'Kazakhstan Cybercrime Fact Sheets';

/** The four formats of the citation in a block, as a reader would copy them. */
async function formatsIn(block: Locator) {
  const [bibtex = '', csl = '', ris = ''] = await block.locator(':scope > details.cite-formats figure.cite-block pre').allTextContents();
  return { text: (await block.locator(':scope > .cite-text p').textContent()) ?? '', bibtex, csl, ris };
}

/** What a reference manager reads from a text: one CSL item. */
function readOne(text: string): Record<string, unknown> {
  const items: unknown = new Cite(text).data;
  expect(Array.isArray(items) && items.length === 1, text).toBe(true);
  const [item] = Array.isArray(items) ? items : [];
  return item !== null && typeof item === 'object' ? Object.fromEntries(Object.entries(item)) : {};
}

for (const sheet of sheets) {
  test(`${sheet} cites itself and every figure in plain text, BibTeX, CSL-JSON and RIS`, async ({ page, request }) => {
    await page.goto(sheet);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    const section = page.locator('section.cite');

    const whole = await formatsIn(section);
    expect(whole.text).toContain(`${publication}. “${title}”.`);
    expect(whole.text.endsWith(canonical)).toBe(true);
    expect(readOne(whole.bibtex)).toMatchObject({ title, URL: canonical, 'citation-key': expect.stringMatching(/^kzcf-\d{4}-[a-z0-9-]+$/) });
    expect(readOne(whole.csl)).toMatchObject({ title, URL: canonical, type: 'dataset' });
    expect(whole.ris.split('\n')).toEqual(expect.arrayContaining(['TY  - DATA', `TI  - ${title}`, `UR  - ${canonical}`, 'ER  -']));

    const rows = parse(await (await request.get(`${sheet.slice(0, -1)}.csv`)).text(), { bom: true, columns: true }) as Record<string, string>[];
    for (const row of rows) {
      const id = row['figure'] ?? '';
      // The value as the sheet's table prints it, hedge and unit included: "more than ₸300 million".
      const value = (await page.locator(`#fig-${id} td.num`).innerText()).split('\n')[0]?.trim() ?? '';
      const block = page.locator(`#cite-fig-${id}`);
      const figure = await formatsIn(block);
      const address = `${canonical}#fig-${id}`;
      const name = `${row['metric_label']}, ${row['period']}: ${value}`;
      expect(figure.text, id).toContain(`“${name}`);
      expect(figure.text, id).toContain(`In “${title}”.`);
      expect(figure.text, id).toContain(`Original source: ${row['source_publisher']}, “${row['source_title']}”`);
      expect(figure.text.endsWith(address), id).toBe(true);
      const bib = readOne(figure.bibtex);
      expect(String(bib['title']), id).toContain(name);
      expect(bib['URL'], id).toBe(address);
      expect(readOne(figure.csl), id).toMatchObject({ 'container-title': title, URL: address, 'original-publisher': row['source_publisher'], 'original-title': row['source_title'] });
      expect(figure.ris.split('\n'), id).toEqual(expect.arrayContaining([`T2  - ${title}`, `UR  - ${address}`]));
    }
  });
}

test.describe('with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy puts a citation on the clipboard and says so; Copy link puts the figure’s address', async ({ page }) => {
    await page.goto('/2024/anti-fraud-center/');
    const text = page.locator('section.cite > .cite-text');
    await text.getByRole('button', { name: 'Copy' }).click();
    await expect(text.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.locator('p').textContent());

    // Every format has its own button, named by the format, under the one <kz-copy> of the section.
    await page.locator('section.cite > details.cite-formats > summary').click();
    const ris = page.locator('section.cite > details.cite-formats figure.cite-block').filter({ hasText: 'RIS' });
    await ris.getByRole('button', { name: 'Copy: RIS' }).click();
    await expect(ris.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await ris.locator('pre').textContent());

    const row = page.locator('.figure-table tbody tr').first();
    const id = (await row.getAttribute('id')) ?? '';
    await row.getByRole('button', { name: /^Copy link: / }).click();
    await expect(row.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/2024/anti-fraud-center/#${id}`, page.url()).href);
  });

  test('the copy script stays small and loads only on sheets', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/about/');
    expect(scripts).toEqual([]);
    await page.goto('/2024/anti-fraud-center/');
    await expect(page.locator('kz-copy button').first()).toBeVisible();
    expect(scripts.filter((u) => !/chart/i.test(u))).toHaveLength(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('citations are on the page, a figure’s Cite link opens its citation, and no dead Copy buttons show', async ({ page }) => {
    await page.goto('/2024/anti-fraud-center/');
    await expect(page.locator('section.cite > .cite-text p')).toContainText(publication);
    await expect(page.locator('section.cite button')).toHaveCount(0);
    const row = page.locator('.figure-table tbody tr').first();
    const id = ((await row.getAttribute('id')) ?? '').replace(/^fig-/, '');
    await expect(page.locator(`#cite-fig-${id}`)).toBeHidden();
    await row.getByRole('link', { name: /^Cite: / }).click();
    await expect(page.locator(`#cite-fig-${id} .cite-text p`)).toBeVisible();
    await expect(page.locator(`#cite-fig-${id} .cite-text p`)).toContainText(`#fig-${id}`);
  });
});
