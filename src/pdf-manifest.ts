import { getSheets, getYears, lastUpdated, sheetWords, sheetsOfYear, summaryOf } from './content.ts';
import { bookletUrl, pdfUrl, sheetUrl, yearUrl } from './urls.ts';
import { editions, languages } from './i18n/locales.ts';
import { uiFor } from './i18n/ui.ts';
import { runningHeadText } from './lib/running-head.ts';

/**
 * What the PDF step prints, as data the build writes for it (in dist/build-manifest.json):
 * each sheet's PDF in each edition with the words around its pages, and each
 * year's booklet with its sheets in order. The PDF step reads this instead of
 * scraping the pages, and hashes each record into its cache key.
 */
export interface PdfSheet {
  /** The page printed, e.g. /ru/2025/detection/. */
  page: string;
  pdf: string;
  lang: string;
  title: string;
  /** The PDF's subject: the summary and the online address. */
  subject: string;
  /** The sheet's last update, the PDF's fixed creation date. */
  updated: string;
  /** The footer of every page: publication · title · address · last update. */
  running: string;
  /** "Page {page} of {total}" in the edition's words. */
  pageOf: string;
}
export interface PdfBooklet {
  /** The year's page, which links the booklet, e.g. /ru/2025/. */
  page: string;
  pdf: string;
  lang: string;
  title: string;
  /** The sheets' PDFs, in the order of the year's page. */
  sheets: string[];
}
/** How a page beside its PDF link gives the PDF's size, in an edition: "(PDF, 101 KB)". */
export interface PdfSizeWords {
  /** The locales Intl formats the number in, best first. */
  locales: string[];
  /** The unit after the number: "KB", «КБ». */
  unit: string;
  /** The words around the size, with {size} where it goes: "(PDF, {size})". */
  template: string;
}
export interface PdfManifest {
  sheets: PdfSheet[];
  booklets: PdfBooklet[];
  /** By edition; scripts/pdf.mjs writes the sizes with src/lib/kilobytes.mjs, as the pages write theirs. */
  sizes: Record<string, PdfSizeWords>;
}

export async function pdfManifest(site: URL): Promise<PdfManifest> {
  // In the order of the year pages, which booklets follow.
  const sorted = await getSheets();
  const sheets: PdfSheet[] = [];
  const booklets: PdfBooklet[] = [];
  for (const lang of languages) {
    const ui = uiFor(lang);
    for (const sheet of sorted) {
      const words = await sheetWords(sheet, lang);
      const online = new URL(sheetUrl(sheet, lang), site).href;
      const updated = lastUpdated(sheet);
      sheets.push({
        page: sheetUrl(sheet, lang),
        pdf: pdfUrl(sheet, lang),
        lang,
        title: words.title,
        subject: `${await summaryOf(sheet, lang)} ${ui.print.online} ${online}`,
        updated,
        running: runningHeadText(ui, words.title, online, updated, lang),
        pageOf: ui.print.pageOf,
      });
    }
    for (const year of await getYears()) {
      const ofYear = await sheetsOfYear(year);
      booklets.push({ page: yearUrl(year, lang), pdf: bookletUrl(year, lang), lang, title: ui.year.title(year), sheets: ofYear.map((s) => pdfUrl(s, lang)) });
    }
  }
  const sizes = Object.fromEntries(languages.map((lang) => [lang, { locales: editions[lang].intl, unit: uiFor(lang).data.kilobytes, template: uiFor(lang).print.pdfSize('{size}') }]));
  return { sheets, booklets, sizes };
}
