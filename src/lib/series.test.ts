import { describe, expect, it } from 'vitest';
import { SERIES_WINDOW, newest, seriesByMetric } from './series.ts';

const fig = (id: string, metric: string, end: string) => ({ id, metric: { id: metric }, period: { end } });

describe('seriesByMetric', () => {
  it('puts figures of one metric from several sheets in time order', () => {
    const series = seriesByMetric([
      { sheetId: '2025/detection', figures: [fig('q1', 'rate', '2025-03-31'), fig('y24', 'rate', '2024-12-31')] },
      { sheetId: '2024/detection', figures: [fig('old', 'rate', '2023-12-31'), fig('cases', 'cases', '2024-10-31')] },
    ]);
    expect(series.get('rate')?.map((p) => p.figure.id)).toEqual(['old', 'y24', 'q1']);
    expect(series.get('rate')?.map((p) => p.sheetId)).toEqual(['2024/detection', '2025/detection', '2025/detection']);
    expect(series.get('cases')).toHaveLength(1);
  });
  it('keeps figures that share an id in different sheets apart, keyed by sheet and id', () => {
    const series = seriesByMetric([
      { sheetId: '2024/detection', figures: [fig('fraud-cases-registered', 'cases', '2024-10-31')] },
      { sheetId: '2023/detection', figures: [fig('fraud-cases-registered', 'cases', '2023-12-31')] },
    ]);
    expect(series.get('cases')?.map((p) => p.key)).toEqual(['2023/detection#fraud-cases-registered', '2024/detection#fraud-cases-registered']);
  });
  it('orders a month before the days that end later in it', () => {
    const series = seriesByMetric([{ sheetId: 'a', figures: [fig('late', 'm', '2024-10-31'), fig('month', 'm', '2024-09')] }]);
    expect(series.get('m')?.map((p) => p.figure.id)).toEqual(['month', 'late']);
  });
});

describe('newest', () => {
  it('keeps the newest values of a long series, in time order', () => {
    const years = Array.from({ length: 25 }, (_, i) => 2001 + i);
    expect(newest(years)).toEqual(years.slice(-SERIES_WINDOW));
    expect(newest(years, 3)).toEqual([2023, 2024, 2025]);
  });

  it('keeps a short series whole', () => {
    expect(newest([2024, 2025])).toEqual([2024, 2025]);
  });
});
