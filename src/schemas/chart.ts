import { z } from 'astro/zod';
import { slug } from './dates.ts';

/**
 * A chart a sheet declares and places with <Chart id="…"/>. It names figures
 * of the same sheet, so the chart draws the same typed values as the prose.
 */
export const chartSchema = z.strictObject({
  id: slug.describe('Unique within the sheet; placed in prose with <Chart id="…"/>.'),
  title: z.string().min(1).describe('Short heading shown above the chart.'),
  summary: z
    .string()
    .min(20)
    .describe('One sentence saying what the chart shows; it is the chart’s accessible name. Write {figure-id} where a figure goes.'),
  bars: z
    .array(
      z.strictObject({
        figure: slug.describe('Id of a figure of this sheet.'),
        label: z.string().min(1).optional().describe('Label under the bar; defaults to the figure’s period or metric.'),
      }),
    )
    .min(2, { error: 'a chart needs at least two figures to compare' })
    .describe('The figures drawn, in order; all must share one unit.'),
});

export type ChartSpec = z.infer<typeof chartSchema>;
