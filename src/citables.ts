/**
 * A sheet and its figures as things to cite, from the same typed records as
 * the pages: a figure's citation names the figure, its value with hedge, the
 * sheet, the publication, the original source and the figure's address.
 */
import { figureAnchor, lastUpdated, resolveFigure, sheetUrl, type Figure, type Sheet } from './content';
import { citations, type Citable, type CiteFormat, type CiteWords } from './lib/cite';
import { formatIsoDate } from './lib/dates';
import { citeKeyPrefix } from './publication';
import { ui } from './i18n/en';

export const citeWords: CiteWords = { ...ui.cite.words, date: (iso) => formatIsoDate(iso) };

function sheetCitable(sheet: Sheet, site: URL | undefined): Citable {
  return {
    key: `${citeKeyPrefix}-${sheet.data.year}-${sheet.data.topic.id}`,
    title: sheet.data.title,
    publication: ui.siteName,
    published: sheet.data.published,
    updated: lastUpdated(sheet),
    url: new URL(sheetUrl(sheet), site).href,
  };
}

export const sheetCitation = (sheet: Sheet, site: URL | undefined) => citations(sheetCitable(sheet, site), citeWords);

export interface FigureCitation {
  figure: Figure;
  /** "Money returned to victims, 2024, as of 31 October: ₸1.4 billion (about 278 million rubles)" */
  name: string;
  formats: Record<CiteFormat, string>;
}

export async function figureCitation(sheet: Sheet, figure: Figure, site: URL | undefined): Promise<FigureCitation> {
  const { metric, source, text, converted } = await resolveFigure(figure);
  const whole = sheetCitable(sheet, site);
  const name = `${metric.data.label}, ${figure.period.label}: ${text}${converted ? ` (${converted})` : ''}`;
  const citable: Citable = {
    ...whole,
    key: `${whole.key}-${figure.id}`,
    title: name,
    sheet: sheet.data.title,
    url: `${whole.url}#${figureAnchor(figure.id)}`,
    original: source.data,
  };
  return { figure, name, formats: citations(citable, citeWords) };
}
