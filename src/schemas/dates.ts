import { z } from 'astro/zod';

/**
 * A calendar day written as ISO 8601 (YYYY-MM-DD). YAML turns an unquoted
 * 2025-05-20 into a Date, so both forms are accepted and normalised to the
 * string; anything else ("20/05/2025", "May 2025") is refused.
 */
export const isoDay = z
  .union([
    z.date().transform((d) => d.toISOString().slice(0, 10)),
    z.iso.date({ error: 'expected an ISO date such as 2025-05-20' }),
  ])
  .describe('A day in ISO 8601 form, YYYY-MM-DD.');

/**
 * A day or a month (YYYY-MM or YYYY-MM-DD): the material often dates a
 * statement only to its month ("In May 2025, the Ministry…").
 */
export const isoDayOrMonth = z
  .union([
    z.date().transform((d) => d.toISOString().slice(0, 10)),
    z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
        error: 'expected an ISO date such as 2025-05 or 2025-05-20',
      }),
  ])
  .describe('A month (YYYY-MM) or a day (YYYY-MM-DD).');

/** Slugs used as keys and file names: lower case words joined by hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected lower-case words joined by hyphens, such as anti-fraud-center' });
