import type { APIRoute, GetStaticPaths } from 'astro';
import { getSheets, type Sheet } from '../../../content';
import { sheetFiles } from '../../../data-files';
import { inEveryEdition } from '../../../i18n/routes';
import type { Lang } from '../../../i18n/locales';

/** A sheet's figures as CSV, in each edition's words: /2025/detection.csv, /kk/2025/detection.csv. */
export const getStaticPaths = (async () =>
  inEveryEdition((await getSheets()).map((sheet) => ({ params: { year: String(sheet.data.year), topic: sheet.data.topic.id }, props: { sheet } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: Sheet; lang: Lang }> = async ({ props, site }) =>
  new Response((await sheetFiles(props.sheet, site, props.lang)).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
