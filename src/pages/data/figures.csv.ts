import type { APIRoute } from 'astro';
import { allFigureRows } from '../../data-files';
import { toCsv } from '../../lib/figure-rows';

/** Every published figure as CSV: /data/figures.csv. */
export const GET: APIRoute = async ({ site }) => new Response(toCsv(await allFigureRows(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
