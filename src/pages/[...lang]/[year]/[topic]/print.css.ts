import type { APIRoute, GetStaticPaths } from 'astro';
import { getSheets, lastUpdated, sheetUrl, sheetWords, type Sheet } from '../../../../content';
import { inEveryEdition } from '../../../../i18n/routes';
import { uiFor } from '../../../../i18n/ui';
import type { Lang } from '../../../../i18n/locales';
import { runningHead } from '../../../../lib/running-head';
import { formatIsoDate } from '../../../../lib/dates';

/**
 * A sheet's running head for printing from the browser: publication, title,
 * online address and last update on every page. CSS margin boxes cannot read
 * the page, and the Content-Security-Policy allows no inline style, so each
 * sheet gets this small print-only stylesheet of its own.
 */
export const getStaticPaths = (async () =>
  inEveryEdition((await getSheets()).map((sheet) => ({ params: { year: String(sheet.data.year), topic: sheet.data.topic.id }, props: { sheet } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: Sheet; lang: Lang }> = async ({ props, site }) => {
  const { sheet, lang } = props;
  const ui = uiFor(lang);
  const words = await sheetWords(sheet, lang);
  const text = [ui.siteName, words.title, new URL(sheetUrl(sheet, lang), site).href, `${ui.sheet.updated} ${formatIsoDate(lastUpdated(sheet), lang)}`].join(' · ');
  return new Response(runningHead(text), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
