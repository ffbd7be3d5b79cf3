import { z } from 'astro/zod';
import { isoDayOrMonth } from './dates.ts';

/**
 * One cited document (content/sources.yaml). The key is the citation key
 * editors type in prose: [@mia-2025-05].
 */
export const sourceSchema = z.strictObject({
  title: z.string().min(1).describe('Title of the document as published (or as rendered in the digest we read).'),
  publisher: z.string().min(1).describe('Who issued or reported the statement.'),
  short: z.string().min(1).max(40).describe('Short name of the publisher for cards and tables: "Ministry of Internal Affairs".'),
  date: isoDayOrMonth.describe('When it was published: YYYY-MM or YYYY-MM-DD.'),
  url: z
    .url({ protocol: /^https$/, error: 'expected an https:// address' })
    .optional()
    .describe('Address of the document; leave out rather than guess.'),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, { error: 'expected a two-letter language code such as en, ru or kk' })
    .describe('Language the document was read in, as a two-letter code: en, ru or kk.'),
  note: z.string().optional().describe('How the document reached us, and anything a reader should know about it.'),
});

export type Source = z.infer<typeof sourceSchema>;
