import type { APIRoute, GetStaticPaths } from 'astro';
import { figureRows, getSheets, lastUpdated, sheetUrl, type Sheet } from '../../content';
import { toJson } from '../../lib/figure-rows';
import { license } from '../../publication';
import { ui } from '../../i18n/en';

/** A sheet's figures as JSON: /2025/detection.json. */
export const getStaticPaths = (async () =>
  (await getSheets()).map((sheet) => ({ params: { year: String(sheet.data.year), topic: sheet.data.topic.id }, props: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: Sheet }> = async ({ props, site }) => {
  const { sheet } = props;
  const meta = { publication: ui.siteName, url: new URL(sheetUrl(sheet), site).href, updated: lastUpdated(sheet), license: license.url };
  return new Response(toJson(await figureRows(sheet, site), meta), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
