import type { APIRoute } from 'astro';
import { allFiguresJson } from '../../../data-files.ts';
import { editionPaths } from '../../../i18n/routes.ts';
import type { Lang } from '../../../i18n/locales.ts';

/** Every published figure as JSON, in each edition's words: /data/figures.json, /kk/data/figures.json. */
export const getStaticPaths = editionPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ site, props }) => new Response(await allFiguresJson(site, props.lang), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
