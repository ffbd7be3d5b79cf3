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
}

export function seriesByMetric<F extends { metric: { id: string }; period: { end: string } }>(sheets: SeriesInput<F>[]): Map<string, Point<F>[]> {
  const out = new Map<string, Point<F>[]>();
  for (const sheet of sheets) {
    for (const figure of sheet.figures) {
      const list = out.get(figure.metric.id) ?? [];
      list.push({ sheetId: sheet.sheetId, figure });
      out.set(figure.metric.id, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.figure.period.end.localeCompare(b.figure.period.end));
  return out;
}
