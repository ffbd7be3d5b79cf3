import type { Problem } from '../lib/problem.ts';
import type { Place } from '../lib/yaml-lines.ts';
import { joinHints, suggestion } from '../lib/suggest.ts';
import { buildChart, ChartError, type ChartInputFigure } from '../lib/chart-data.ts';
import type { Metric } from '../schemas/metric.ts';
import type { ParsedSheet } from './sheet.ts';

/**
 * The links between files: a sheet's topic, each figure's metric and
 * source must be keys of the data files (Astro's reference() accepts any
 * key), values must suit their metric's unit, and a chart draws one unit.
 * Read from the raw frontmatter so that these problems show even while the
 * schema refuses something else in the same sheet.
 */
export interface Known {
  /** Keys of each data file; undefined when the file could not be read, so that its keys are not reported missing. */
  topics: ReadonlySet<string> | undefined;
  sources: ReadonlySet<string> | undefined;
  /** Every metric key written, valid or not. */
  metricKeys: ReadonlySet<string> | undefined;
  /** Metrics whose records are valid, for unit checks. */
  metrics: ReadonlyMap<string, Metric>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : undefined;

export function referenceProblems(sheet: ParsedSheet, known: Known): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[]): Partial<Place> => sheet.placeOf(path) ?? {};
  const { file, raw } = sheet;
  /** A key that names no record of its data file, with the key meant or the keys there are. */
  const unknownKey = (rule: string, path: (string | number)[], key: string | undefined, keys: ReadonlySet<string> | undefined, data: string, after: string) => {
    if (key === undefined || !keys || keys.has(key)) return;
    problems.push({
      rule,
      file,
      ...at(path),
      field: path.join('.'),
      expected: `a key of content/${data}.yaml`,
      found: `"${key}"`,
      hint: joinHints(suggestion(key, keys, data), after),
    });
  };
  unknownKey('unknown-topic', ['topic'], str(raw['topic']), known.topics, 'topics', 'a new topic needs a record in content/topics.yaml first');
  const figures = Array.isArray(raw['figures']) ? raw['figures'] : [];
  figures.forEach((item: unknown, i) => {
    const figure = obj(item);
    if (!figure) return;
    const metricKey = str(figure['metric']);
    const metric = metricKey === undefined ? undefined : known.metrics.get(metricKey);
    unknownKey('unknown-metric', ['figures', i, 'metric'], metricKey, known.metricKeys, 'metrics', 'a new metric goes in content/metrics.yaml first, with its label, unit and definition');
    unknownKey('unknown-source', ['figures', i, 'source'], str(figure['source']), known.sources, 'sources', 'a new source goes in content/sources.yaml first');
    const value = figure['value'];
    if (metric && typeof value === 'number') {
      // Placed only when out of range: finding a place parses the sheet's YAML again.
      const place = () => ({ rule: 'value-range', file, ...at(['figures', i, 'value']), field: `figures.${i}.value`, found: String(value) });
      if (metric.unit === 'percent' && (value < 0 || value > 100)) {
        problems.push({ ...place(), expected: `a percentage between 0 and 100 (metric ${metricKey} is a share)`, hint: 'write 38.9 for 38.9%; a rise or fall belongs to a metric whose unit is percent-change' });
      } else if (metric.unit !== 'percent-change' && value < 0) {
        problems.push({ ...place(), expected: 'a value of zero or more' });
      }
    }
  });
  if (sheet.data) problems.push(...chartProblems(sheet, known));
  return problems;
}

/** Charts are built as the site builds them; a chart that cannot be drawn (one unit per chart) is refused. */
function chartProblems(sheet: ParsedSheet, known: Known): Problem[] {
  const data = sheet.data;
  if (!data) return [];
  const inputs = new Map<string, ChartInputFigure>();
  for (const f of data.figures) {
    const metric = known.metrics.get(f.metric);
    if (metric) inputs.set(f.id, { id: f.id, value: f.value, qualifier: f.qualifier, period: f.period, metric: { id: f.metric, ...metric }, source: f.source });
  }
  return data.charts.flatMap((chart, c) => {
    if (!chart.bars.every((b) => inputs.has(b.figure))) return [];
    try {
      buildChart(chart, inputs);
      return [];
    } catch (error) {
      if (!(error instanceof ChartError)) throw error;
      return [{ rule: 'chart-units', file: sheet.file, ...(sheet.placeOf(['charts', c]) ?? {}), field: `charts.${c}`, message: error.message, hint: 'draw figures of one unit in a chart; make two charts for two units' }];
    }
  });
}
