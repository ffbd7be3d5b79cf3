import { describe, expect, it } from 'vitest';
import { buildChart, ChartError, seriesChart, type ChartInputFigure } from './chart-data.ts';

const rate = { id: 'cybercrime-detection-rate', label: 'Cybercrime detection rate', unit: 'percent' as const };
const cases = { id: 'cases', label: 'Cases registered', unit: 'count' as const };
const disclosed = { id: 'disclosed', label: 'Cases disclosed', unit: 'count' as const };
const fig = (id: string, value: number, metric: ChartInputFigure['metric'], period: string, qualifier?: ChartInputFigure['qualifier']): ChartInputFigure => ({
  id,
  value,
  qualifier,
  period: { label: period },
  metric,
  source: 'mia-2025-05',
});
const figures = new Map(
  [fig('r24', 28.4, rate, '2024'), fig('r25', 38.9, rate, 'January–March 2025'), fig('reg', 15905, cases, '2024'), fig('dis', 3286, disclosed, '2024', 'about')].map((f) => [f.id, f]),
);

describe('buildChart', () => {
  it('labels bars of one metric by period and keeps the figures’ values', () => {
    const chart = buildChart({ id: 'rate', title: 'Detection', summary: 's', bars: [{ figure: 'r24' }, { figure: 'r25' }] }, figures);
    expect(chart.points).toEqual([
      { figure: 'r24', label: '2024', value: 28.4, text: '28.4%' },
      { figure: 'r25', label: 'January–March 2025', value: 38.9, text: '38.9%' },
    ]);
    expect(chart.unit).toBe('percent');
    expect(chart.axis).toBe('Cybercrime detection rate');
  });
  it('labels bars of several metrics by metric, and an editor’s label wins', () => {
    const chart = buildChart({ id: 'c', title: 'Cases', summary: 's', bars: [{ figure: 'reg' }, { figure: 'dis', label: 'Disclosed' }] }, figures);
    expect(chart.points.map((p) => p.label)).toEqual(['Cases registered', 'Disclosed']);
    expect(chart.axis).toBe('');
  });
  it('keeps the hedge in the text of a point', () => {
    const hedged = new Map([['a', fig('a', 300_000_000, { id: 'm', label: 'M', unit: 'KZT' }, '2024', 'more than')], ['b', fig('b', 400_000_000, { id: 'm', label: 'M', unit: 'KZT' }, '2024')]]);
    expect(buildChart({ id: 'x', title: 't', summary: 's', bars: [{ figure: 'a' }, { figure: 'b' }] }, hedged).points[0]?.text).toBe('more than ₸300 million');
  });
  it('refuses a chart that mixes units', () => {
    expect(() => buildChart({ id: 'bad', title: 't', summary: 's', bars: [{ figure: 'r24' }, { figure: 'reg' }] }, figures)).toThrow(ChartError);
    expect(() => buildChart({ id: 'bad', title: 't', summary: 's', bars: [{ figure: 'r24' }, { figure: 'reg' }] }, figures)).toThrow(/mixes units \(r24: percent, reg: count\)/);
  });
  it('refuses a chart that names an unknown figure', () => {
    expect(() => buildChart({ id: 'bad', title: 't', summary: 's', bars: [{ figure: 'r24' }, { figure: 'r23' }] }, figures)).toThrow(/names figure "r23"/);
  });
});

describe('seriesChart', () => {
  it('draws one metric across years from figures of several sheets', () => {
    const chart = seriesChart(rate, [fig('y24', 28.4, rate, '2024'), fig('q25', 38.9, rate, 'Q1 2025')], (a, b) => `From ${a.text} to ${b.text}.`);
    expect(chart?.points.map((p) => [p.label, p.text])).toEqual([
      ['2024', '28.4%'],
      ['Q1 2025', '38.9%'],
    ]);
    expect(chart?.summary).toBe('From 28.4% to 38.9%.');
  });
  it('draws nothing for a single figure', () => {
    expect(seriesChart(rate, [fig('y24', 28.4, rate, '2024')], () => '')).toBeUndefined();
  });
});
