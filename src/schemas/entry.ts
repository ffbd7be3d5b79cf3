import { z } from 'astro/zod';
import { isoDay } from './dates';
import { makeFigureSchema } from './figure';
import { chartSchema } from './chart';
import { placeholderIds } from '../lib/placeholders';

export const correctionSchema = z.strictObject({
  date: isoDay.describe('The day the correction was made, YYYY-MM-DD.'),
  text: z.string().min(1).describe('What was corrected, in one sentence: the old value, the new one and why.'),
});

/**
 * Frontmatter of a fact sheet, content/entries/<year>/<topic>.mdx.
 * The path sets year and topic; the frontmatter must agree (checked by the loader).
 */
export function makeEntrySchema<T extends z.ZodType, M extends z.ZodType, S extends z.ZodType>(refs: {
  topic: T;
  metric: M;
  source: S;
}) {
  return z
    .strictObject({
      title: z.string().min(1).max(120).describe('The sheet’s heading, at most 120 characters: "Cybercrime detection in 2025".'),
      year: z.number().int().min(2000).max(2100).describe('The year the sheet covers; must match the folder.'),
      topic: refs.topic.describe('Key of the topic in content/topics.yaml; must match the file name.'),
      period: z.string().min(1).describe('The period covered, in words: "January–May 2025".'),
      summary: z
        .string()
        .min(40)
        .max(220)
        .describe('One or two sentences for cards and the meta description; write {figure-id} where a figure goes.'),
      published: isoDay.describe('The day the sheet was first published, YYYY-MM-DD.'),
      updated: isoDay.optional().describe('Last substantive change; defaults to the publication date.'),
      draft: z.boolean().default(false).describe('A draft previews in npm run dev and is left out of the published site.'),
      corrections: z
        .array(correctionSchema)
        .default([])
        .describe('Every change to a published figure, oldest first; required before a published value, hedge or period may change.'),
      figures: z
        .array(makeFigureSchema(refs))
        .min(1, { error: 'a fact sheet needs at least one figure' })
        .describe('Every number the sheet shows, once each; prose, cards, charts and tables print these records.'),
      charts: z.array(chartSchema).default([]).describe('Charts of this sheet’s figures, placed in prose with <Chart id="…"/>.'),
    })
    .superRefine((entry, ctx) => {
      const seen = new Map<string, number>();
      entry.figures.forEach((figure, index) => {
        const first = seen.get(figure.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['figures', index, 'id'],
            message: `duplicate figure id "${figure.id}" (already used by figures.${first}); each id must be unique within the sheet`,
          });
        } else seen.set(figure.id, index);
      });
      const ids = new Set(entry.figures.map((f) => f.id));
      for (const id of placeholderIds(entry.summary)) {
        if (!ids.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['summary'], message: `{${id}} names no figure of this sheet; expected one of: ${[...ids].join(', ')}` });
        }
      }
      const chartIds = new Set<string>();
      entry.charts.forEach((chart, c) => {
        if (chartIds.has(chart.id)) ctx.addIssue({ code: 'custom', path: ['charts', c, 'id'], message: `duplicate chart id "${chart.id}"` });
        chartIds.add(chart.id);
        chart.bars.forEach((bar, b) => {
          if (!ids.has(bar.figure)) {
            ctx.addIssue({ code: 'custom', path: ['charts', c, 'bars', b, 'figure'], message: `"${bar.figure}" names no figure of this sheet; expected one of: ${[...ids].join(', ')}` });
          }
        });
        for (const id of placeholderIds(chart.summary)) {
          if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['charts', c, 'summary'], message: `{${id}} names no figure of this sheet` });
        }
      });
      if (entry.updated !== undefined && entry.updated < entry.published) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: `updated (${entry.updated}) is before published (${entry.published})` });
      }
    });
}
