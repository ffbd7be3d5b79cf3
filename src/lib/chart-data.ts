import type { Unit } from '../schemas/metric.ts';
import type { Qualifier } from '../schemas/figure.ts';
import { formatFigure } from './format.ts';
import type { Lang } from '../i18n/locales.ts';

/**
 * What a chart draws, built from typed figures only: the chart, its table,
 * its tooltips and its direct labels all read these points.
 */
export interface ChartInputFigure {
  id: string;
  value: number;
  qualifier?: Qualifier | undefined;
  period: { label: string };
  metric: { id: string; label: string; unit: Unit };
  source: string;
}

export interface ChartPoint {
  figure: string;
  label: string;
  value: number;
  /** The value as the source words it, hedge included: "more than ₸300 million". */
  text: string;
}

export interface ChartData {
  id: string;
  title: string;
  summary: string;
  unit: Unit;
  /** The edition whose number format the chart's axis and tooltips use in the browser. */
  lang: Lang;
  /** What the value axis counts: the metric's label when there is one metric. */
  axis: string;
  points: ChartPoint[];
  /** Source keys, in order of first appearance, for the chart's source line. */
  sources: string[];
}

export class ChartError extends Error {}

/** A chart a sheet declares: named figures, one unit, labels by period or by metric. */
export function buildChart(
  spec: { id: string; title: string; summary: string; bars: { figure: string; label?: string | undefined }[] },
  figures: ReadonlyMap<string, ChartInputFigure>,
  lang: Lang = 'en',
): ChartData {
  const chosen = spec.bars.map((bar) => {
    const figure = figures.get(bar.figure);
    if (!figure) throw new ChartError(`chart "${spec.id}" names figure "${bar.figure}", which the sheet does not define`);
    return { bar, figure };
  });
  const units = [...new Set(chosen.map((c) => c.figure.metric.unit))];
  const [unit] = units;
  if (unit === undefined || units.length > 1) {
    throw new ChartError(`chart "${spec.id}" mixes units (${chosen.map((c) => `${c.figure.id}: ${c.figure.metric.unit}`).join(', ')}); a chart draws one unit`);
  }
  const metrics = new Set(chosen.map((c) => c.figure.metric.id));
  const oneMetric = metrics.size === 1;
  return {
    id: spec.id,
    title: spec.title,
    summary: spec.summary,
    unit,
    lang,
    axis: oneMetric ? (chosen[0]?.figure.metric.label ?? '') : '',
    points: chosen.map(({ bar, figure }) => ({
      figure: figure.id,
      label: bar.label ?? (oneMetric ? figure.period.label : figure.metric.label),
      value: figure.value,
      text: formatFigure({ value: figure.value, unit, qualifier: figure.qualifier }, lang),
    })),
    sources: [...new Set(chosen.map((c) => c.figure.source))],
  };
}

/** A metric over time, across sheets, for topic pages; undefined when there is nothing to compare. */
export function seriesChart(
  metric: ChartInputFigure['metric'],
  figures: ChartInputFigure[],
  summary: (first: ChartPoint, last: ChartPoint) => string,
  lang: Lang = 'en',
): ChartData | undefined {
  if (figures.length < 2) return undefined;
  const data = buildChart(
    { id: `series-${metric.id}`, title: metric.label, summary: '', bars: figures.map((f) => ({ figure: f.id, label: f.period.label })) },
    new Map(figures.map((f) => [f.id, f])),
    lang,
  );
  const first = data.points[0];
  const last = data.points.at(-1);
  return first && last ? { ...data, summary: summary(first, last) } : data;
}
