import type { APIRoute, GetStaticPaths } from 'astro';
import { getSheets, getTopics, lastUpdated, sheetsOfTopic, sheetWords, type Sheet } from './content.ts';
import { sheetParams, sheetUrl } from './urls.ts';
import { rowsOf, sheetFiles } from './data-files.ts';
import { chartsOf } from './sheet-charts.ts';
import { toCsv } from './lib/figure-rows.ts';
import { runningHead, runningHeadText } from './lib/running-head.ts';
import { seriesByMetric } from './lib/series.ts';
import { inEveryEdition } from './i18n/routes.ts';
import { localePath, type Lang } from './i18n/locales.ts';
import { uiFor } from './i18n/ui.ts';
import { FILE_PATTERNS, fillPattern } from './lib/file-patterns.ts';
import type { GeneratedFile } from './lib/file-writer.ts';

/**
 * The small files beside the pages, made from the same records: each sheet's
 * figures as CSV and JSON, each chart's points as CSV, each metric's series
 * as CSV, each sheet's running head for printing. Astro spends about a
 * millisecond of its own on each file a route writes, and at 1,000 sheets in
 * three editions these are some 11,000 files: a third of the pages step. So
 * in a build their routes list no pages; the build manifest's route hands
 * every file's address and text to the generated-files integration, which
 * writes them when Astro is done. `npm run dev` serves each from its route,
 * with the same text.
 */
export interface FileKind<P extends object> {
  /**
   * The file's address in English, from its route's parameters
   * (src/lib/file-patterns.ts).
   */
  pattern: string;
  contentType: string;
  /** Every file of the kind, by its route's parameters, in English; each edition has the same. */
  list: () => Promise<{ params: Record<string, string>; props: P }[]>;
  text: (props: P & { lang: Lang }, site: URL | undefined) => Promise<string>;
}

/** The route of a kind of file, for `npm run dev`: its pages (none in a build) and its text. */
export function fileRoute<P extends object>(kind: FileKind<P>): { getStaticPaths: GetStaticPaths; GET: APIRoute<P & { lang: Lang }> } {
  return {
    getStaticPaths: async () => (import.meta.env.DEV ? inEveryEdition(await kind.list()) : []),
    GET: async ({ props, site }) => new Response(await kind.text(props, site), { headers: { 'Content-Type': kind.contentType } }),
  };
}

async function filesOf<P extends object>(kind: FileKind<P>, site: URL | undefined): Promise<GeneratedFile[]> {
  const list = inEveryEdition(await kind.list());
  return Promise.all(list.map(async ({ params, props }) => ({ path: localePath(props.lang, fillPattern(kind.pattern, params)), text: await kind.text(props, site) })));
}

const everySheet = async () => (await getSheets()).map((sheet) => ({ params: sheetParams(sheet), props: { sheet } }));
const CSV = 'text/csv; charset=utf-8';

/** A sheet's figures as CSV, in each edition's words: /2025/detection.csv, /kk/2025/detection.csv. */
export const sheetCsv: FileKind<{ sheet: Sheet }> = {
  pattern: FILE_PATTERNS.sheetCsv,
  contentType: CSV,
  list: everySheet,
  text: async ({ sheet, lang }, site) => (await sheetFiles(sheet, site, lang)).csv,
};

/** A sheet's figures as JSON, in each edition's words: /2025/detection.json, /ru/2025/detection.json. */
export const sheetJson: FileKind<{ sheet: Sheet }> = {
  pattern: FILE_PATTERNS.sheetJson,
  contentType: 'application/json; charset=utf-8',
  list: everySheet,
  text: async ({ sheet, lang }, site) => (await sheetFiles(sheet, site, lang)).json,
};

/**
 * A sheet's running head for printing from the browser: publication, title,
 * online address and last update on every page. CSS margin boxes cannot read
 * the page, and the Content-Security-Policy allows no inline style, so each
 * sheet gets this small print-only stylesheet of its own.
 */
export const printStylesheet: FileKind<{ sheet: Sheet }> = {
  pattern: FILE_PATTERNS.printStylesheet,
  contentType: 'text/css; charset=utf-8',
  list: everySheet,
  text: async ({ sheet, lang }, site) => {
    const words = await sheetWords(sheet, lang);
    return runningHead(runningHeadText(uiFor(lang), words.title, new URL(sheetUrl(sheet, lang), site).href, lastUpdated(sheet), lang));
  },
};

type Points = { points: { sheetId: string; figureId: string }[] };

/** The points of one chart of a sheet, as CSV: /2024/detection/cases.csv. */
export const chartCsv: FileKind<Points> = {
  pattern: FILE_PATTERNS.chartCsv,
  contentType: CSV,
  list: async () =>
    (
      await Promise.all(
        (await getSheets()).map(async (sheet) =>
          (await chartsOf(sheet)).map((chart) => ({
            params: { ...sheetParams(sheet), chart: chart.id },
            props: { points: chart.points.map((p) => ({ sheetId: sheet.id, figureId: p.figure })) },
          })),
        ),
      )
    ).flat(),
  text: async ({ points, lang }, site) => toCsv(await rowsOf(points, site, lang)),
};

/** The points of a metric's chart over the years, as CSV: /topics/detection/series-funds-returned.csv. */
export const seriesCsv: FileKind<Points> = {
  pattern: FILE_PATTERNS.seriesCsv,
  contentType: CSV,
  list: async () =>
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
  text: async ({ points, lang }, site) => toCsv(await rowsOf(points, site, lang)),
};

/** Each kind's files in every edition, the generic parameter left behind. */
const kindFiles = <P extends object>(kind: FileKind<P>) => (site: URL | undefined) => filesOf(kind, site);
const KINDS = [kindFiles(sheetCsv), kindFiles(sheetJson), kindFiles(printStylesheet), kindFiles(chartCsv), kindFiles(seriesCsv)];

/** Every generated file of the site, in every edition, for the build manifest's route to hand over. */
export async function generatedFiles(site: URL | undefined): Promise<GeneratedFile[]> {
  return (await Promise.all(KINDS.map((files) => files(site)))).flat();
}
