import type { APIRoute, GetStaticPaths } from 'astro';
import { figureRows, getSheets, lastUpdated, sheetUrl, type Sheet } from '../../../content';
import { toJson } from '../../../lib/figure-rows';
import { license } from '../../../publication';
import { inEveryEdition } from '../../../i18n/routes';
import { uiFor } from '../../../i18n/ui';
import type { Lang } from '../../../i18n/locales';

/** A sheet's figures as JSON, in each edition's words: /2025/detection.json, /ru/2025/detection.json. */
export const getStaticPaths = (async () =>
  inEveryEdition((await getSheets()).map((sheet) => ({ params: { year: String(sheet.data.year), topic: sheet.data.topic.id }, props: { sheet } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: Sheet; lang: Lang }> = async ({ props, site }) => {
  const { sheet, lang } = props;
  const meta = { publication: uiFor(lang).siteName, url: new URL(sheetUrl(sheet, lang), site).href, updated: lastUpdated(sheet), license: license.url, language: lang };
  return new Response(toJson(await figureRows(sheet, site, lang), meta), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
