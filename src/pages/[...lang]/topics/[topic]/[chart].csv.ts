import type { APIRoute, GetStaticPaths } from 'astro';
import { getTopics, sheetsOfTopic } from '../../../../content';
import { rowsOf } from '../../../../data-files';
import { toCsv } from '../../../../lib/figure-rows';
import { inEveryEdition } from '../../../../i18n/routes';
import type { Lang } from '../../../../i18n/locales';
import { seriesByMetric } from '../../../../lib/series';

/** The points of a metric's chart over the years, as CSV: /topics/detection/series-funds-returned.csv. */
export const getStaticPaths = (async () =>
  inEveryEdition(
    (
    await Promise.all(
      (await getTopics()).map(async (topic) => {
        const sheets = await sheetsOfTopic(topic.id);
        const series = seriesByMetric(sheets.map((s) => ({ sheetId: s.id, figures: s.data.figures })));
        // Charted only with two points or more (seriesChart), so only those have a CSV.
        return [...series]
          .filter(([, points]) => points.length >= 2)
          .map(([metric, points]) => ({
            params: { topic: topic.id, chart: `series-${metric}` },
            props: { points: points.map((p) => ({ sheetId: p.sheetId, figureId: p.figure.id })) },
          }));
      }),
    )
  ).flat(),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ points: { sheetId: string; figureId: string }[]; lang: Lang }> = async ({ props, site }) =>
  new Response(toCsv(await rowsOf(props.points, site, props.lang)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
