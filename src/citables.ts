/**
 * A sheet and its figures as things to cite, from the same typed records as
 * the pages: a figure's citation names the figure, its value with hedge, the
 * sheet, the publication, the original source and the figure's address.
 */
import { lastUpdated, resolveFigure, sheetWords, type Figure, type Sheet } from './content.ts';
import { figureAnchor, sheetUrl } from './urls.ts';
import { citations, type Citable, type CiteFormat, type CiteWords } from './lib/cite.ts';
import { formatIsoDate } from './lib/dates.ts';
import { citeKeyPrefix } from './publication.ts';
import { uiFor } from './i18n/ui.ts';
import type { Lang } from './i18n/locales.ts';

export const citeWords = (lang: Lang): CiteWords => ({
  ...uiFor(lang).cite.words,
  date: (iso) => formatIsoDate(iso, lang),
  quote: (text) => (lang === 'en' ? `“${text}”` : `«${text}»`),
});

async function sheetCitable(sheet: Sheet, site: URL | undefined, lang: Lang): Promise<Citable> {
  const words = await sheetWords(sheet, lang);
  return {
    // One key per edition: a Russian citation is not the English one.
    key: `${citeKeyPrefix}-${sheet.data.year}-${sheet.data.topic.id}${lang === 'en' ? '' : `-${lang}`}`,
    title: words.title,
    publication: uiFor(lang).siteName,
    published: sheet.data.published,
    updated: lastUpdated(sheet),
    url: new URL(sheetUrl(sheet, lang), site).href,
  };
}

export const sheetCitation = async (sheet: Sheet, site: URL | undefined, lang: Lang = 'en') => citations(await sheetCitable(sheet, site, lang), citeWords(lang));

export interface FigureCitation {
  figure: Figure;
  /** "Money returned to victims, 2024, as of 31 October: ₸1.4 billion (about 278 million rubles)" */
  name: string;
  formats: Record<CiteFormat, string>;
}

export async function figureCitation(sheet: Sheet, figure: Figure, site: URL | undefined, lang: Lang = 'en'): Promise<FigureCitation> {
  const textLang = (await sheetWords(sheet, lang)).lang;
  const { metric, source, text, converted, figure: localized } = await resolveFigure(figure, textLang);
  const whole = await sheetCitable(sheet, site, lang);
  const name = `${metric.data.label}, ${localized.period.label}: ${text}${converted ? ` (${converted})` : ''}`;
  const citable: Citable = {
    ...whole,
    key: `${whole.key}-${figure.id}`,
    title: name,
    sheet: sheet.data.title,
    url: `${whole.url}#${figureAnchor(figure.id)}`,
    original: source.data,
  };
  return { figure, name, formats: citations(citable, citeWords(textLang)) };
}
