import { figureRows, getSheets, latestUpdate } from './content';
import { toCsv, toJson, type FigureRow } from './lib/figure-rows';
import { dataFiles, license } from './publication';
import { ui } from './i18n/en';

/**
 * The whole publication's downloads, built once for the files and for the
 * /data/ page that lists them with their sizes.
 */
export async function allFigureRows(site: URL | undefined): Promise<FigureRow[]> {
  return (await Promise.all((await getSheets()).map((sheet) => figureRows(sheet, site)))).flat();
}

export async function allFiguresJson(site: URL | undefined): Promise<string> {
  const meta = { publication: ui.siteName, url: new URL('/data/', site).href, updated: await latestUpdate(), license: license.url };
  return toJson(await allFigureRows(site), meta);
}

export async function allFiguresCsv(site: URL | undefined): Promise<string> {
  return toCsv(await allFigureRows(site));
}

export { dataFiles };

/** The rows of a set of figures, each named by its sheet and id, in the order given. */
export async function rowsOf(points: readonly { sheetId: string; figureId: string }[], site: URL | undefined): Promise<FigureRow[]> {
  const sheets = await getSheets();
  const bySheet = new Map<string, FigureRow[]>();
  const rows: FigureRow[] = [];
  for (const { sheetId, figureId } of points) {
    const sheet = sheets.find((s) => s.id === sheetId);
    if (!sheet) continue;
    const all = bySheet.get(sheetId) ?? (await figureRows(sheet, site));
    bySheet.set(sheetId, all);
    const row = all.find((r) => r.figure === figureId);
    if (row) rows.push(row);
  }
  return rows;
}
