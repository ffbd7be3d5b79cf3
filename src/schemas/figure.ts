import { z } from 'astro/zod';
import { isoDayOrMonth, slug } from './dates';

/**
 * The hedges the material uses. "more than 5,000" is not 5,000: the hedge is
 * part of the figure and is printed wherever the value is.
 */
export const qualifierSchema = z
  .enum(['more than', 'over', 'about', 'almost', 'up to'])
  .describe('The hedge the source puts on the value, word for word.');

/** The stretch of time a figure counts, as the source states it. */
export const periodSchema = z.strictObject({
  label: z.string().min(1).describe('The period in words, as the source gives it: "January–March 2025".'),
  start: isoDayOrMonth.optional().describe('First day counted, when the source says.'),
  end: isoDayOrMonth.describe('Last day counted, or the day the figure was reported when the source gives no end.'),
});

/**
 * A figure's schema depends on how references are made: Astro's reference()
 * inside the content layer, plain keys in unit tests.
 */
export function makeFigureSchema<M extends z.ZodType, S extends z.ZodType>(refs: { metric: M; source: S }) {
  return z.strictObject({
    id: slug.describe('Unique within the sheet; prose shows the figure with <Fig id="…"/>.'),
    metric: refs.metric.describe('Key of the metric in content/metrics.yaml.'),
    value: z.number({ error: 'expected a number (digits only: 15905, 38.9, 1400000000)' }),
    qualifier: qualifierSchema.optional(),
    period: periodSchema,
    source: refs.source.describe('Key of the source in content/sources.yaml.'),
    key: z.boolean().default(false).describe('Show this figure as a key-figure card at the top of the sheet.'),
    converted: z
      .strictObject({
        value: z.number(),
        unit: z.enum(['RUB', 'KZT']),
        qualifier: qualifierSchema.optional(),
      })
      .optional()
      .describe('An equivalent in another currency that the source itself gives.'),
    note: z.string().optional().describe('What a reader should know about this figure: a reading chosen, a caveat.'),
  });
}
