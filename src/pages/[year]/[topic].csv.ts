import type { APIRoute, GetStaticPaths } from 'astro';
import { figureRows, getSheets, type Sheet } from '../../content';
import { toCsv } from '../../lib/figure-rows';

/** A sheet's figures as CSV: /2025/detection.csv. */
export const getStaticPaths = (async () =>
  (await getSheets()).map((sheet) => ({ params: { year: String(sheet.data.year), topic: sheet.data.topic.id }, props: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: Sheet }> = async ({ props, site }) =>
  new Response(toCsv(await figureRows(props.sheet, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
