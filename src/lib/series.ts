/**
 * Groups the figures of several sheets by metric, in time order: the data a
 * topic page shows (and charts) for each metric over the years.
 */
export interface SeriesInput<F> {
  sheetId: string;
  figures: F[];
}

export interface Point<F> {
  sheetId: string;
  figure: F;
  /**
   * The point's own key, "2024/detection#fraud-cases-registered": editors
   * reuse a figure id from year to year, so an id alone would merge the
   * points of different sheets into one.
   */
  key: string;
}

/**
 * How many of a metric's values a topic page shows, newest last: a topic with
 * a hundred years keeps its page small, and the metric's own page
 * (/topics/<topic>/<metric>/) shows every value.
 */
export const SERIES_WINDOW = 10;

/** The newest values of a series in time order, at most `window` of them. */
export const newest = <T>(points: readonly T[], window = SERIES_WINDOW): T[] => points.slice(Math.max(0, points.length - window));

export function seriesByMetric<F extends { id: string; metric: { id: string }; period: { end: string } }>(sheets: SeriesInput<F>[]): Map<string, Point<F>[]> {
  const out = new Map<string, Point<F>[]>();
  for (const sheet of sheets) {
    for (const figure of sheet.figures) {
      const list = out.get(figure.metric.id) ?? [];
      list.push({ sheetId: sheet.sheetId, figure, key: `${sheet.sheetId}#${figure.id}` });
      out.set(figure.metric.id, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.figure.period.end.localeCompare(b.figure.period.end));
  return out;
}
