import { z } from 'astro/zod';

/** How a metric's values are counted, which decides how they are printed. */
export const unitSchema = z
  .enum(['count', 'percent', 'percent-change', 'KZT', 'RUB', 'MCI', 'days'])
  .describe('count: a number of things; percent: a share, 0–100; percent-change: a rise or fall against an earlier period; KZT/RUB: an amount of money; MCI: monthly calculation indices; days: a length of time.');

/** A stable indicator that sheets report, across years (content/metrics.yaml). */
export const metricSchema = z.strictObject({
  label: z.string().min(1).describe('Short name shown on cards and in tables.'),
  unit: unitSchema,
  definition: z.string().min(1).describe('What exactly is counted, in one or two sentences.'),
});

export type Metric = z.infer<typeof metricSchema>;
export type Unit = z.infer<typeof unitSchema>;
