import { formatFigure } from './lib/format.ts';
import { fillPlaceholders } from './lib/placeholders.ts';
import { buildChart, type ChartData, type ChartInputFigure } from './lib/chart-data.ts';
import { remember } from './lib/remember.ts';
import type { Lang } from './i18n/locales.ts';
import { translationOf } from './editions.ts';
import { resolveFigure, type Figure, type Sheet } from './content.ts';

/**
 * A sheet's charts as pages and files draw them: its figures as chart
 * inputs, and each chart it declares built in an edition's words.
 */

/** A figure as charts draw it: value, hedge, period, metric and source, in an edition's words. */
export async function chartInput(figure: Figure, lang: Lang = 'en'): Promise<ChartInputFigure> {
  const { metric, source, figure: localized } = await resolveFigure(figure, lang);
  return { id: figure.id, value: figure.value, qualifier: figure.qualifier, period: localized.period, metric: { id: metric.id, ...metric.data }, source: source.id };
}

/** A sheet's figures as charts draw them, by id. */
export async function chartInputs(figures: Figure[], lang: Lang = 'en'): Promise<Map<string, ChartInputFigure>> {
  return new Map((await Promise.all(figures.map((f) => chartInput(f, lang)))).map((input) => [input.id, input]));
}

/**
 * The charts a sheet declares, built from its figures; summaries have their
 * placeholders filled. Built once per sheet and edition in a build: every
 * <Chart> of the sheet and each chart's CSV share them. In dev a chart may
 * change between requests, so nothing is kept.
 */
export function chartsOf(sheet: Sheet, lang: Lang = 'en'): Promise<ChartData[]> {
  if (import.meta.env.DEV) return buildCharts(sheet, lang);
  return remember(built, sheet, lang, () => buildCharts(sheet, lang));
}

const built = new WeakMap<Sheet, Map<string, Promise<ChartData[]>>>();

async function buildCharts(sheet: Sheet, lang: Lang): Promise<ChartData[]> {
  const translation = await translationOf(sheet.id, lang);
  const textLang = translation ? lang : 'en';
  const inputs = await chartInputs(sheet.data.figures, textLang);
  return sheet.data.charts.map((english) => {
    // The chart's words from the translation: title, summary and bar labels; its figures stay the English sheet's.
    const words = translation?.data.charts[english.id];
    const spec = words
      ? { ...english, title: words.title, summary: words.summary, bars: english.bars.map((b) => ({ ...b, label: b.label ? (words.labels?.[b.figure] ?? b.label) : undefined })) }
      : english;
    const chart = buildChart(spec, inputs, textLang);
    const texts = new Map(chart.points.map((p) => [p.figure, p.text]));
    const all = new Map([...inputs].map(([id, f]) => [id, texts.get(id) ?? formatFigure({ value: f.value, unit: f.metric.unit, qualifier: f.qualifier }, textLang)]));
    return { ...chart, summary: fillPlaceholders(chart.summary, (id) => all.get(id)) };
  });
}
