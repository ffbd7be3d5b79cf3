import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSheets, sheetUrl, summaryOf } from '../content';
import { ui } from '../i18n/en';

/**
 * New sheets and corrections, newest first: readers who quote a figure learn
 * when it changes. Dates are the sheets' own, so a rebuild writes the same feed.
 */
export const GET: APIRoute = async ({ site }) => {
  const sheets = await getSheets();
  const items = (
    await Promise.all(
      sheets.map(async (sheet) => [
        { title: sheet.data.title, link: new URL(sheetUrl(sheet), site).href, pubDate: new Date(sheet.data.published), description: await summaryOf(sheet) },
        ...sheet.data.corrections.map((c) => ({
          title: ui.feed.correction(sheet.data.title),
          link: new URL(`${sheetUrl(sheet)}#corrections`, site).href,
          pubDate: new Date(c.date),
          description: c.text,
        })),
      ]),
    )
  )
    .flat()
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
  // Absolute links are kept as written; rss() would add a slash after "#corrections" to a relative one.
  return rss({ title: ui.feed.title, description: ui.feed.description, site: site ?? '', items, customData: '<language>en</language>' });
};
