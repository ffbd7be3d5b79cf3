import { z } from 'astro/zod';

/** An open content problem, as the content check collection stores it (see src/lib/problem.ts). */
export const problemSchema = z.strictObject({
  rule: z.string().optional(),
  file: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
  field: z.string().optional(),
  expected: z.string().optional(),
  message: z.string().optional(),
  found: z.string().optional(),
  hint: z.string().optional(),
});

/** The one entry of the content check collection. */
export const checkResultSchema = z.strictObject({ problems: z.array(problemSchema) });
