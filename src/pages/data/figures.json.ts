import type { APIRoute } from 'astro';
import { allFiguresJson } from '../../data-files';

/** Every published figure as JSON: /data/figures.json. */
export const GET: APIRoute = async ({ site }) => new Response(await allFiguresJson(site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
