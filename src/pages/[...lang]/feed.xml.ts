import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSheets, sheetWords, summaryOf } from '../../content.ts';
import { sheetUrl } from '../../urls.ts';
import { editionPaths } from '../../i18n/routes.ts';
import { localePath, type Lang } from '../../i18n/locales.ts';
import { uiFor } from '../../i18n/ui.ts';

/**
 * New sheets and corrections, newest first, one feed per edition: readers
 * who quote a figure learn when it changes. Dates are the sheets' own, so a
 * rebuild writes the same feed.
 */
export const getStaticPaths = editionPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ site, props }) => {
  const { lang } = props;
  const ui = uiFor(lang);
  const sheets = await getSheets();
  const items = (
    await Promise.all(
      sheets.map(async (sheet) => {
        const words = await sheetWords(sheet, lang);
        return [
          { title: words.title, link: new URL(sheetUrl(sheet, lang), site).href, pubDate: new Date(sheet.data.published), description: await summaryOf(sheet, lang) },
          ...words.corrections.map((c) => ({
            title: ui.feed.correction(words.title),
            link: new URL(`${sheetUrl(sheet, lang)}#corrections`, site).href,
            pubDate: new Date(c.date),
            description: c.text,
          })),
        ];
      }),
    )
  )
    .flat()
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
  // Absolute links are kept as written; rss() would add a slash after "#corrections" to a relative one.
  return rss({ title: ui.feed.title, description: ui.feed.description, site: new URL(localePath(lang, '/'), site).href, items, customData: `<language>${lang}</language>` });
};
