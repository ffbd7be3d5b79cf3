import type { Sheet } from './content.ts';
import { localePath, type Lang } from './i18n/locales.ts';

/**
 * Where things are on the site: each page's, file's and anchor's address in
 * an edition, the one place that knows the site's layout of paths.
 */

/** A sheet's route parameters, for every route under src/pages/[...lang]/[year]/[topic]. */
export const sheetParams = (sheet: Sheet) => ({ year: String(sheet.data.year), topic: sheet.data.topic.id });
export const sheetUrl = (sheet: Sheet, lang: Lang = 'en') => localePath(lang, `/${sheet.data.year}/${sheet.data.topic.id}/`);
export const yearUrl = (year: number, lang: Lang = 'en') => localePath(lang, `/${year}/`);
export const topicUrl = (topic: string, lang: Lang = 'en') => localePath(lang, `/topics/${topic}/`);
/** Where the build writes a sheet's PDF: /2025/detection.pdf beside /2025/detection/. */
export const pdfUrl = (sheet: Sheet, lang: Lang = 'en') => localePath(lang, `/${sheet.data.year}/${sheet.data.topic.id}.pdf`);
/** Where a sheet's figures download: /2025/detection.csv and .json beside its PDF. */
export const sheetDataUrl = (sheet: Sheet, format: 'csv' | 'json', lang: Lang = 'en') => localePath(lang, `/${sheet.data.year}/${sheet.data.topic.id}.${format}`);
/** A chart's own points as CSV, in the folder of the page that shows it. */
export const chartCsvUrl = (pageUrl: string, chartId: string) => `${pageUrl}${chartId}.csv`;
/** The picture a shared link to the sheet previews with. */
export const socialImageUrl = (sheet: Sheet, lang: Lang = 'en') => `${sheetUrl(sheet, lang)}social.png`;
export const bookletUrl = (year: number, lang: Lang = 'en') => localePath(lang, `/${year}/fact-sheets-${year}.pdf`);
export const sourceUrl = (source: string, lang: Lang = 'en') => localePath(lang, `/sources/#${source}`);
export const figureAnchor = (id: string) => `fig-${id}`;
/** Where a figure's citation is, in the sheet's "Cite this" section. */
export const citeAnchor = (id: string) => `cite-fig-${id}`;
