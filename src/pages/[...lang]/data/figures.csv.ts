import type { APIRoute } from 'astro';
import { allFiguresCsv } from '../../../data-files';
import { editionPaths } from '../../../i18n/routes';
import type { Lang } from '../../../i18n/locales';

/** Every published figure as CSV, in each edition's words: /data/figures.csv, /ru/data/figures.csv. */
export const getStaticPaths = editionPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ site, props }) => new Response(await allFiguresCsv(site, props.lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
