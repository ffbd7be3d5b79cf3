import type { APIRoute } from 'astro';
import { allFiguresCsv } from '../../../data-files.ts';
import { editionPaths } from '../../../i18n/routes.ts';
import type { Lang } from '../../../i18n/locales.ts';

/** Every published figure as CSV, in each edition's words: /data/figures.csv, /ru/data/figures.csv. */
export const getStaticPaths = editionPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ site, props }) => new Response(await allFiguresCsv(site, props.lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
