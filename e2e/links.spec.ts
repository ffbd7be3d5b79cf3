import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { brokenLinks, repeatedIds } from './checkers.ts';
import { builtPages } from './site.ts';

test('no link or anchor on any page is broken', async ({ request }) => {
  const html = new Map<string, string>();
  for (const path of builtPages().filter((p) => !p.endsWith('/404'))) html.set(path, await (await request.get(path)).text());
  expect(brokenLinks(html, join(import.meta.dirname, '../dist'))).toEqual([]);
});

test('no id is used twice on a page', async ({ request }) => {
  for (const path of builtPages()) expect(repeatedIds(await (await request.get(path)).text()), path).toEqual([]);
});
