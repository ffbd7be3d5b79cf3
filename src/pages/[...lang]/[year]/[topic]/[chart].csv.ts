import type { APIRoute, GetStaticPaths } from 'astro';
import { getSheets } from '../../../../content';
import { chartsOf } from '../../../../sheet-charts';
import { rowsOf } from '../../../../data-files';
import { toCsv } from '../../../../lib/figure-rows';
import { inEveryEdition } from '../../../../i18n/routes';
import type { Lang } from '../../../../i18n/locales';

/** The points of one chart of a sheet, as CSV: /2024/detection/cases.csv. */
export const getStaticPaths = (async () =>
  inEveryEdition(
    (
    await Promise.all(
      (await getSheets()).map(async (sheet) =>
        (await chartsOf(sheet)).map((chart) => ({
          params: { year: String(sheet.data.year), topic: sheet.data.topic.id, chart: chart.id },
          props: { points: chart.points.map((p) => ({ sheetId: sheet.id, figureId: p.figure })) },
        })),
      ),
    )
  ).flat(),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ points: { sheetId: string; figureId: string }[]; lang: Lang }> = async ({ props, site }) =>
  new Response(toCsv(await rowsOf(props.points, site, props.lang)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
