import { z } from 'astro/zod';
import { isoDay, slug } from './dates.ts';

/**
 * A sheet's translation (content/translations/<ru|kk>/<year>/<topic>.mdx):
 * its text and nothing else. Values, hedges, units, dates and sources are
 * stated once, in the English sheet, and every edition prints them from
 * there, so a translation can never carry a wrong number.
 */
const NUMBERS_ONCE = 'numbers, hedges, periods’ dates and sources are stated once, in the English sheet; a translation gives only their words';

export const sheetTranslationSchema = z.strictObject({
  title: z.string().min(1).describe('The sheet’s title in this language.'),
  period: z.string().min(1).describe('The period covered, in words, in this language.'),
  summary: z.string().min(20).describe('The summary in this language, with the same {figure-id} placeholders as the English one.'),
  translated: isoDay.describe('The English sheet’s last-updated date this translation follows (its updated, or published, date); older than the English sheet’s means the translation is behind.'),
  figures: z
    .record(
      slug,
      z
        .strictObject({
          period: z.string().min(1).describe('The figure’s period in words, in this language.'),
          note: z.string().min(1).optional().describe('The figure’s note in this language; only where the English figure has one.'),
        })
        .describe(NUMBERS_ONCE),
    )
    .describe('One entry for every figure of the English sheet, by id: its period in words and its note.'),
  charts: z
    .record(
      slug,
      z.strictObject({
        title: z.string().min(1),
        summary: z.string().min(20).describe('Same {figure-id} placeholders as the English chart’s summary.'),
        labels: z.record(slug, z.string().min(1)).optional().describe('Bar labels by figure id, where the English chart has them.'),
      }),
    )
    .default({})
    .describe('One entry for every chart of the English sheet, by id.'),
  corrections: z
    .array(z.strictObject({ date: isoDay, text: z.string().min(1) }))
    .default([])
    .describe('The English sheet’s corrections, same dates in the same order, in this language.'),
});
export type SheetTranslation = z.output<typeof sheetTranslationSchema>;

/** Words of a metric in another language (content/translations/<lang>/metrics.yaml). */
export const metricTextSchema = z.strictObject({ label: z.string().min(1), definition: z.string().min(1) });
/** Words of a topic in another language. */
export const topicTextSchema = z.strictObject({ title: z.string().min(1), description: z.string().min(1) });
/** Words of a source record in another language; its date, address and key stay in content/sources.yaml. */
export const sourceTextSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  short: z.string().min(1).max(40),
  note: z.string().min(1).optional(),
});

/** The methodology and glossary page, in one language (content/about.yaml and its translations). */
export const aboutSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  translated: isoDay.optional().describe('For a translation: the date of the English text it follows.'),
  method: z.strictObject({ heading: z.string().min(1), paragraphs: z.array(z.string().min(1)).min(1) }),
  glossary: z.strictObject({
    heading: z.string().min(1),
    terms: z.array(z.strictObject({ id: slug, term: z.string().min(1), definition: z.string().min(1) })).min(1),
  }),
});
export type About = z.output<typeof aboutSchema>;
