import type { APIRoute, GetStaticPaths } from 'astro';
import { getSheets, lastUpdated, sheetUrl, type Sheet } from '../../../content';
import { runningHead } from '../../../lib/running-head';
import { formatIsoDate } from '../../../lib/dates';
import { ui } from '../../../i18n/en';

/**
 * A sheet's running head for printing from the browser: publication, title,
 * online address and last update on every page. CSS margin boxes cannot read
 * the page, and the Content-Security-Policy allows no inline style, so each
 * sheet gets this small print-only stylesheet of its own.
 */
export const getStaticPaths = (async () =>
  (await getSheets()).map((sheet) => ({ params: { year: String(sheet.data.year), topic: sheet.data.topic.id }, props: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: Sheet }> = ({ props, site }) => {
  const { sheet } = props;
  const text = [ui.siteName, sheet.data.title, new URL(sheetUrl(sheet), site).href, `${ui.sheet.updated} ${formatIsoDate(lastUpdated(sheet))}`].join(' · ');
  return new Response(runningHead(text), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
