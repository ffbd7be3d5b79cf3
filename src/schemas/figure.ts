import { z } from 'astro/zod';
import { isoDayOrMonth, slug } from './dates.ts';

/**
 * The hedges the material uses. "more than 5,000" is not 5,000: the hedge is
 * part of the figure and is printed wherever the value is.
 */
export const qualifierSchema = z
  .enum(['more than', 'over', 'about', 'almost', 'up to'])
  .describe('The hedge the source puts on the value, word for word.');
export type Qualifier = z.infer<typeof qualifierSchema>;

/**
 * A figure the source computed from other figures of the same sheet, and the
 * rounding it used: the content check recomputes it, so a part that changes
 * without its share (or a share typed wrong) is caught. Exactly one relation.
 */
export const derivedSchema = z
  .strictObject({
    share: z
      .tuple([slug, slug])
      .optional()
      .describe('[part, whole]: the figure is part ÷ whole × 100, a percentage.'),
    ratio: z.tuple([slug, slug]).optional().describe('[a, b]: the figure is a ÷ b.'),
    sum: z.array(slug).min(2).optional().describe('[a, b, …]: the figure is a + b + ….'),
    change: z
      .tuple([slug, slug])
      .optional()
      .describe('[new, old]: the figure is the percentage change from old to new, (new − old) ÷ old × 100.'),
    rounding: z
      .enum(['nearest', 'down', 'up'])
      .default('nearest')
      .describe('How the source rounded the result: nearest, down ("only 20%" for 20.7%) or up.'),
    step: z
      .number()
      .positive()
      .optional()
      .describe('The precision the source rounded to: 1 for whole numbers, 0.1 for one decimal; defaults to the decimals of the value.'),
  })
  .refine((d) => [d.share, d.ratio, d.sum, d.change].filter((r) => r !== undefined).length === 1, {
    error: 'expected exactly one of share, ratio, sum or change',
    params: { rule: 'derived-figure' },
  })
  .describe('The figure is computed from other figures of this sheet; the check recomputes it.');

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
    value: z
      .number({ error: 'expected a number (digits only: 15905, 38.9, 1400000000)' })
      .describe('The number as a plain value, without separators, units or hedges: 15905, 38.9, 1400000000.'),
    qualifier: qualifierSchema.optional(),
    period: periodSchema.describe('The stretch of time the figure counts.'),
    source: refs.source.describe('Key of the source in content/sources.yaml.'),
    key: z.boolean().default(false).describe('Show this figure as a key-figure card at the top of the sheet.'),
    converted: z
      .strictObject({
        value: z.number().describe('The equivalent, as a plain number.'),
        unit: z.enum(['RUB', 'KZT']).describe('Its currency.'),
        qualifier: qualifierSchema.optional(),
      })
      .optional()
      .describe('An equivalent in another currency that the source itself gives.'),
    derived: derivedSchema.optional(),
    note: z.string().optional().describe('What a reader should know about this figure: a reading chosen, a caveat.'),
  });
}
