import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './site.ts';

test('no link or anchor on any page is broken', async ({ request }) => {
  const pages = builtPages().filter((p) => !p.endsWith('/404'));
  const html = new Map<string, string>();
  for (const path of pages) html.set(path, await (await request.get(path)).text());
  const ids = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const broken: string[] = [];
  for (const [path, text] of html) {
    for (const [, href = ''] of text.matchAll(/<a [^>]*href="([^"]+)"/g)) {
      if (/^https?:/.test(href)) continue;
      const [target = '', anchor] = href.split('#');
      const page = target === '' ? path : target;
      if (/\.\w+$/.test(page)) {
        // A file, such as a sheet's PDF: it must have been written.
        if (!existsSync(join(import.meta.dirname, '../dist', page))) broken.push(`${path} → ${href} (no such file)`);
        continue;
      }
      const body = html.get(page);
      if (body === undefined) broken.push(`${path} → ${href} (no such page)`);
      else if (anchor && !ids(body).has(anchor)) broken.push(`${path} → ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test('no id is used twice on a page', async ({ request }) => {
  for (const path of builtPages()) {
    const text = await (await request.get(path)).text();
    const all = [...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(all.filter((id, i) => all.indexOf(id) !== i), path).toEqual([]);
  }
});
