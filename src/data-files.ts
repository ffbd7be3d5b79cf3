import { figureRows, getSheets, latestUpdate } from './content';
import { toCsv, toJson, type FigureRow } from './lib/figure-rows';
import { dataFilesOf, license } from './publication';
import { uiFor } from './i18n/ui';
import { localePath, type Lang } from './i18n/locales';

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
  const sheets = new Map((await getSheets()).map((s) => [s.id, s]));
  const rows: FigureRow[] = [];
  for (const { sheetId, figureId } of points) {
    const sheet = sheets.get(sheetId);
    const row = sheet && (await figureRows(sheet, site, lang)).find((r) => r.figure === figureId);
    if (row) rows.push(row);
  }
  return rows;
}
