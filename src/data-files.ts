import { getSheets, lastUpdated, latestUpdate, publishedSheet, resolveFigure, sheetWords, type Sheet } from './content.ts';
import { sheetUrl } from './urls.ts';
import { toCsv, toJson, type FigureRow } from './lib/figure-rows.ts';
import { dataFilesOf, license } from './publication.ts';
import { remember } from './lib/remember.ts';
import { uiFor } from './i18n/ui.ts';
import { localePath, type Lang } from './i18n/locales.ts';

/**
 * A sheet's figures as rows of the data downloads, in the sheet's order;
 * addresses are absolute. Each edition's files have the same English column
 * keys, values, units and hedge keys, with labels, periods, titles and notes
 * in the edition's words.
 */
export function figureRows(sheet: Sheet, site: URL | undefined, lang: Lang = 'en'): Promise<FigureRow[]> {
  // The sheet's page (for its downloads' sizes), its CSV and JSON, its charts' CSVs and the
  // whole publication's files all ask for these rows: made once per sheet and edition per build.
  if (import.meta.env.DEV) return figureRowsOnce(sheet, site, lang);
  return remember(rowsMade, sheet, `${lang} ${site?.href ?? ''}`, () => figureRowsOnce(sheet, site, lang));
}

const rowsMade = new WeakMap<Sheet, Map<string, Promise<FigureRow[]>>>();

async function figureRowsOnce(sheet: Sheet, site: URL | undefined, lang: Lang): Promise<FigureRow[]> {
  const textLang = (await sheetWords(sheet, lang)).lang;
  return Promise.all(
    sheet.data.figures.map(async (english) => {
      const { metric, source, figure } = await resolveFigure(english, textLang);
      return {
        sheet: new URL(sheetUrl(sheet, lang), site).href,
        year: sheet.data.year,
        topic: sheet.data.topic.id,
        figure: figure.id,
        metric: metric.id,
        metric_label: metric.data.label,
        value: figure.value,
        unit: metric.data.unit,
        qualifier: figure.qualifier ?? '',
        period: figure.period.label,
        period_start: figure.period.start ?? '',
        period_end: figure.period.end,
        source: source.id,
        source_title: source.data.title,
        source_publisher: source.data.publisher,
        source_date: source.data.date,
        source_url: source.data.url ?? '',
        note: figure.note ?? '',
      };
    }),
  );
}

/**
 * The whole publication's downloads in an edition, built once for the files
 * and for the /data/ page that lists them with their sizes.
 */
export async function allFigureRows(site: URL | undefined, lang: Lang = 'en'): Promise<FigureRow[]> {
  return (await Promise.all((await getSheets()).map((sheet) => figureRows(sheet, site, lang)))).flat();
}

export async function allFiguresJson(site: URL | undefined, lang: Lang = 'en'): Promise<string> {
  const meta = { publication: uiFor(lang).siteName, url: new URL(localePath(lang, '/data/'), site).href, updated: await latestUpdate(), license: license.url, language: lang };
  return toJson(await allFigureRows(site, lang), meta);
}

export async function allFiguresCsv(site: URL | undefined, lang: Lang = 'en'): Promise<string> {
  return toCsv(await allFigureRows(site, lang));
}

export { dataFilesOf };

/** The rows of a set of figures, each named by its sheet and id, in the order given. */
export async function rowsOf(points: readonly { sheetId: string; figureId: string }[], site: URL | undefined, lang: Lang = 'en'): Promise<FigureRow[]> {
  const rows: FigureRow[] = [];
  for (const { sheetId, figureId } of points) {
    const sheet = await publishedSheet(sheetId);
    const row = sheet && (await figureRows(sheet, site, lang)).find((r) => r.figure === figureId);
    if (row) rows.push(row);
  }
  return rows;
}

/**
 * A sheet's own downloads in an edition, as the files say them: its figures as
 * CSV and as JSON (with the publication, address, date, licence and language).
 * The sheet's page states their sizes and the download routes write them, so
 * each is made once per sheet and edition in a build.
 */
export function sheetFiles(sheet: Sheet, site: URL | undefined, lang: Lang = 'en'): Promise<{ csv: string; json: string }> {
  if (import.meta.env.DEV) return sheetFilesOnce(sheet, site, lang);
  return remember(filesMade, sheet, `${lang} ${site?.href ?? ''}`, () => sheetFilesOnce(sheet, site, lang));
}

const filesMade = new WeakMap<Sheet, Map<string, Promise<{ csv: string; json: string }>>>();

async function sheetFilesOnce(sheet: Sheet, site: URL | undefined, lang: Lang) {
  const rows = await figureRows(sheet, site, lang);
  const meta = { publication: uiFor(lang).siteName, url: new URL(sheetUrl(sheet, lang), site).href, updated: lastUpdated(sheet), license: license.url, language: lang };
  return { csv: toCsv(rows), json: toJson(rows, meta) };
}
