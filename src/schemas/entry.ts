import { z } from 'astro/zod';
import { isoDay } from './dates.ts';
import { makeFigureSchema } from './figure.ts';
import { chartSchema } from './chart.ts';
import { placeholderIds } from '../lib/placeholders.ts';
import { agrees, recompute, relationOf } from '../lib/derived.ts';
import { formatNumber } from '../lib/format.ts';

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
            params: { rule: 'duplicate-id' },
          });
        } else seen.set(figure.id, index);
      });
      const ids = new Set(entry.figures.map((f) => f.id));
      for (const id of placeholderIds(entry.summary)) {
        if (!ids.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['summary'], message: `{${id}} names no figure of this sheet; expected one of: ${[...ids].join(', ')}`, params: { rule: 'unknown-figure' } });
        }
      }
      const chartIds = new Set<string>();
      entry.charts.forEach((chart, c) => {
        if (chartIds.has(chart.id)) ctx.addIssue({ code: 'custom', path: ['charts', c, 'id'], message: `duplicate chart id "${chart.id}"`, params: { rule: 'duplicate-id' } });
        chartIds.add(chart.id);
        chart.bars.forEach((bar, b) => {
          if (!ids.has(bar.figure)) {
            ctx.addIssue({ code: 'custom', path: ['charts', c, 'bars', b, 'figure'], message: `"${bar.figure}" names no figure of this sheet; expected one of: ${[...ids].join(', ')}`, params: { rule: 'unknown-figure' } });
          }
        });
        for (const id of placeholderIds(chart.summary)) {
          if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['charts', c, 'summary'], message: `{${id}} names no figure of this sheet`, params: { rule: 'unknown-figure' } });
        }
      });
      checkDerived(entry.figures, ctx);
      if (entry.updated !== undefined && entry.updated < entry.published) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: `updated (${entry.updated}) is before published (${entry.published})`, params: { rule: 'date-order' } });
      }
    });
}

/**
 * A derived figure must name figures of the same sheet and agree with them,
 * as the source rounds: 3,286 of 15,905 is 20.7%, published as "only 20%".
 */
function checkDerived(figures: { id: string; value: number; derived?: Parameters<typeof recompute>[0] | undefined }[], ctx: z.RefinementCtx) {
  const values = new Map(figures.map((f) => [f.id, f.value]));
  figures.forEach((figure, index) => {
    if (!figure.derived) return;
    const path = ['figures', index, 'derived'];
    const { relation, parts } = relationOf(figure.derived);
    const missing = parts.filter((id) => !values.has(id) || id === figure.id);
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, relation],
        message: `${missing.map((m) => `"${m}"`).join(', ')} names no other figure of this sheet; a derived figure is computed from the sheet's own figures`,
        params: { rule: 'derived-figure', hint: `the figures are: ${[...values.keys()].join(', ')}` },
      });
      return;
    }
    const result = recompute(figure.derived, figure.value, (id) => values.get(id));
    if (result && !agrees(result, figure.value)) {
      const shown = (n: number) => formatNumber(Number(n.toFixed(4)));
      ctx.addIssue({
        code: 'custom',
        path: ['figures', index, 'value'],
        message: `"${figure.id}" is the ${relation} of ${parts.join(', ')}: ${shown(result.exact)}, which rounds${figure.derived.rounding === 'nearest' ? '' : ` ${figure.derived.rounding}`} to ${shown(result.rounded)}, not ${shown(figure.value)}`,
        params: {
          rule: 'derived-mismatch',
          hint: `check ${[figure.id, ...parts].join(', ')} against the source; if the source rounds differently, say so with rounding: down, up or nearest and step: 1 or 0.1`,
        },
      });
    }
  });
}
